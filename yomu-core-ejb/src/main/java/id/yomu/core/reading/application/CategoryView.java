package id.yomu.core.reading.application;

/** A category with how many articles it holds (deleted ones aside). */
public record CategoryView(long id, String name, long articleCount) {
}

package id.yomu.web.interfaces.faces;

import id.yomu.core.shared.Page;

/** Previous/next links of a paged list (pages from 1), as the list pages show them. */
public record Pager(int number, long total, int size) {

    public static Pager of(Page<?> page) {
        return new Pager(page.page(), page.total(), page.size());
    }

    public boolean isHasPrevious() {
        return number > 1;
    }

    public boolean isHasNext() {
        return (long) number * size < total;
    }

    public int getPrevious() {
        return number - 1;
    }

    public int getNext() {
        return number + 1;
    }

    public int getNumber() {
        return number;
    }

    public int getCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}

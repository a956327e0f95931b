package id.yomu.core.reading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A named group of articles. Unique by name regardless of case; cannot be deleted while it has articles. */
@Entity
@Table(schema = "core", name = "category")
@NamedQuery(name = "Category.findAllByName", query = "SELECT c FROM Category c ORDER BY LOWER(c.name)")
@NamedQuery(name = "Category.countByName",
        query = "SELECT COUNT(c) FROM Category c WHERE LOWER(c.name) = LOWER(:name) AND c.id <> :self")
public class Category {

    public static final int NAME_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Category() {
    }

    public Category(String name, Instant now) {
        this.name = name;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public void rename(String name) {
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}

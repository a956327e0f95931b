package id.yomu.core.platform.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangelogManifestTest {

    private final ChangelogManifest core =
            ChangelogManifest.read(getClass().getClassLoader(), "db/changelog/core/changelog.xml");

    @Test
    void readsIdsAuthorsAndLabelsInOrder() {
        ChangeSetId first = core.changeSets().get(0);
        assertEquals("core-001-schema", first.id());
        assertEquals("yomu", first.author());
        assertEquals(Set.of("expand"), first.labels());
    }

    @Test
    void demoContentIsNeverRequired() {
        ChangeSetId demo = new ChangeSetId("demo-1", "yomu", Set.of("expand"), Set.of("demo"));
        ChangeSetId schema = new ChangeSetId("schema-1", "yomu", Set.of("expand"), Set.of());
        assertTrue(demo.optional());
        assertTrue(!schema.optional());
        assertTrue(core.missingFrom(keysOf(core.changeSets())).isEmpty());
    }

    private static Set<String> keysOf(List<ChangeSetId> changeSets) {
        return Set.copyOf(changeSets.stream().map(ChangeSetId::key).toList());
    }

    @Test
    void missingIsWhatTheDatabaseHasNotApplied() {
        List<ChangeSetId> all = core.changeSets().stream().filter(changeSet -> !changeSet.optional()).toList();
        assertEquals(all, core.missingFrom(Set.of()));
        assertTrue(core.missingFrom(keysOf(all)).isEmpty());
        assertEquals(all.subList(1, all.size()), core.missingFrom(Set.of(all.get(0).key())));
    }
}

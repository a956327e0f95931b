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
    void missingIsWhatTheDatabaseHasNotApplied() {
        List<ChangeSetId> all = core.changeSets();
        assertEquals(all, core.missingFrom(Set.of()));
        assertTrue(core.missingFrom(Set.copyOf(all.stream().map(ChangeSetId::key).toList())).isEmpty());
        assertEquals(all.subList(1, all.size()), core.missingFrom(Set.of(all.get(0).key())));
    }
}

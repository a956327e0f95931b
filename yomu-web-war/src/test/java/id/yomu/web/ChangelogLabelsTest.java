package id.yomu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.yomu.core.platform.health.CoreSchemaReadiness;
import id.yomu.core.platform.schema.ChangeSetId;
import id.yomu.core.platform.schema.ChangelogManifest;
import id.yomu.engine.platform.EngineSchemaReadiness;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every changeset says whether it is safe beside the previous release (expand) or not (contract). */
class ChangelogLabelsTest {

    private static final Set<String> PHASES = Set.of("expand", "contract");

    @ParameterizedTest
    @ValueSource(strings = {CoreSchemaReadiness.CHANGELOG, EngineSchemaReadiness.CHANGELOG})
    void everyChangeSetHasExactlyOneOfExpandOrContract(String changelog) {
        ChangelogManifest manifest = ChangelogManifest.read(getClass().getClassLoader(), changelog);
        assertFalse(manifest.changeSets().isEmpty(), changelog + " declares changesets");
        List<String> unlabelled = manifest.changeSets().stream()
                .filter(changeSet -> changeSet.labels().stream().filter(PHASES::contains).count() != 1)
                .map(ChangeSetId::id)
                .toList();
        assertEquals(List.of(), unlabelled, "changesets of " + changelog + " without exactly one of expand/contract");
    }
}

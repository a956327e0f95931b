package id.yomu.web.interfaces.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/profile.xhtml", "/quiz.xhtml?article=3", "/admin/questions.xhtml?article=1&edit=2"})
    void pathsOnThisSiteAreKept(String path) {
        assertEquals(path, LocalPaths.localOrHome(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://contoh.id/", "//contoh.id/x", "/\\\\contoh.id", "profile.xhtml", "/a\r\nSet-Cookie: x=1", ""})
    void anythingElseGoesHome(String path) {
        assertEquals("/", LocalPaths.localOrHome(path));
    }
}

package id.yomu.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOf20() {
        assertEquals(new PageRequest(1, 20), PageRequest.of(null, ""));
    }

    @Test
    void offsetSkipsEarlierPages() {
        assertEquals(40, PageRequest.of("3", "20").offset());
        assertEquals(0, PageRequest.of("1", "100").offset());
    }

    @Test
    void everyBadParameterIsNamed() {
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> PageRequest.of("0", "101"));
        assertEquals(List.of("page", "size"), bad.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("size"), assertThrows(InvalidInputException.class, () -> PageRequest.of("2", "abc"))
                .errors().stream().map(FieldError::field).toList());
    }
}

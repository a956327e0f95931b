package id.yomu.core.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.yomu.core.shared.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoteTest {

    @Test
    void aFirstClickVotes() {
        assertEquals(Optional.of(Vote.UPVOTE), Vote.after(Optional.empty(), Vote.UPVOTE));
        assertEquals(Optional.of(Vote.DOWNVOTE), Vote.after(Optional.empty(), Vote.DOWNVOTE));
    }

    @Test
    void theSameClickAgainTakesTheVoteBack() {
        assertEquals(Optional.empty(), Vote.after(Optional.of(Vote.UPVOTE), Vote.UPVOTE));
        assertEquals(Optional.empty(), Vote.after(Optional.of(Vote.DOWNVOTE), Vote.DOWNVOTE));
    }

    @Test
    void theOtherClickReplacesTheVote() {
        assertEquals(Optional.of(Vote.DOWNVOTE), Vote.after(Optional.of(Vote.UPVOTE), Vote.DOWNVOTE));
        assertEquals(Optional.of(Vote.UPVOTE), Vote.after(Optional.of(Vote.DOWNVOTE), Vote.UPVOTE));
    }

    @Test
    void storedValuesRoundTrip() {
        for (Vote vote : Vote.values()) {
            assertEquals(vote, Vote.ofStored(vote.stored()));
        }
    }

    @Test
    void onlyTheTwoNamesAreVotes() {
        assertEquals(Vote.UPVOTE, Vote.parse("UPVOTE"));
        assertEquals("value", assertThrows(InvalidInputException.class, () -> Vote.parse("upvote"))
                .errors().get(0).field());
        assertEquals("required", assertThrows(InvalidInputException.class, () -> Vote.parse(null))
                .errors().get(0).code());
    }
}

package id.yomu.web.interfaces.rest.quiz;

import static id.yomu.web.interfaces.rest.RequestBodies.required;

import id.yomu.core.quiz.application.Answer;
import id.yomu.core.quiz.application.QuizResult;
import id.yomu.core.quiz.application.QuizService;
import id.yomu.core.quiz.application.QuizView;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Taking an article's quiz: open (no correct options in it), submit once, review. */
@Path("articles/{id}/quiz")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Quiz")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "404", description = "No such published article, or it has no quiz")
public class QuizResource {

    @Inject
    QuizService quizzes;

    @Inject
    CurrentAccount current;

    /** Body of a submission. */
    public record Submission(List<Answer> answers) {
    }

    @GET
    @Operation(summary = "Open the quiz: its questions without the answers, or the result when already submitted")
    public QuizView open(@PathParam("id") long articleId) {
        return quizzes.open(articleId, current.require().id());
    }

    @POST
    @Path("submissions")
    @Operation(summary = "Submit the one attempt: answer every question exactly once")
    @APIResponse(responseCode = "201", description = "Stored; the body holds score and review")
    @APIResponse(responseCode = "400", description = "Missing, duplicate or foreign answers, each named")
    @APIResponse(responseCode = "409", description = "Already submitted")
    public Response submit(@PathParam("id") long articleId, Submission body) {
        QuizResult result = quizzes.submit(articleId, current.require().id(), required(body).answers());
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @GET
    @Path("result")
    @Operation(summary = "The stored result and review of one's attempt")
    public QuizResult result(@PathParam("id") long articleId) {
        return quizzes.result(articleId, current.require().id());
    }
}

package id.yomu.web.interfaces.rest.quiz;

import static id.yomu.web.interfaces.rest.RequestBodies.required;

import id.yomu.core.quiz.application.AdminQuestion;
import id.yomu.core.quiz.application.QuestionAdministration;
import id.yomu.core.quiz.application.QuestionDraft;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The admin question editor of an article's quiz. */
@Path("admin")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Not an admin")
public class AdminQuestionsResource {

    @Inject
    QuestionAdministration questions;

    @Inject
    CurrentAccount current;

    /** Body of a reorder: every question id of the article, in the new order. */
    public record Order(List<Long> questionIds) {
    }

    @GET
    @Path("articles/{id}/questions")
    @Operation(summary = "The article's questions with their correct options")
    public List<AdminQuestion> list(@PathParam("id") long articleId) {
        current.requireAdmin();
        return questions.questions(articleId);
    }

    @POST
    @Path("articles/{id}/questions")
    @Operation(summary = "Add a question (2–6 options, exactly one correct) at the end")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Bad fields, each named")
    @APIResponse(responseCode = "409", description = "The quiz has 20 questions already")
    public Response add(@PathParam("id") long articleId, QuestionDraft body) {
        current.requireAdmin();
        return Response.status(Response.Status.CREATED).entity(questions.add(articleId, required(body))).build();
    }

    @PUT
    @Path("articles/{id}/questions/order")
    @Operation(summary = "Reorder the article's questions")
    public List<AdminQuestion> reorder(@PathParam("id") long articleId, Order body) {
        current.requireAdmin();
        return questions.reorder(articleId, required(body).questionIds());
    }

    @PUT
    @Path("questions/{questionId}")
    @Operation(summary = "Edit a question; stored attempts keep their score and review")
    public AdminQuestion edit(@PathParam("questionId") long questionId, QuestionDraft body) {
        current.requireAdmin();
        return questions.edit(questionId, required(body));
    }

    @DELETE
    @Path("questions/{questionId}")
    @Operation(summary = "Delete a question")
    public Response delete(@PathParam("questionId") long questionId) {
        current.requireAdmin();
        questions.delete(questionId);
        return Response.noContent().build();
    }
}

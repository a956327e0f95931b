package id.yomu.web.interfaces.faces;

import id.yomu.core.forum.application.CommentView;
import id.yomu.core.forum.application.ForumService;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.core.forum.application.Viewer;
import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.ForbiddenActionException;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The thread fragment (WEB-INF/includes/thread.xhtml) of one article: the page of roots with their
 * replies flattened in reading order with an indent capped at 5 levels, and the forms that post, reply,
 * edit, delete, vote, react and report. Each comment's form names its comment in a plain request
 * parameter, so that an action reaches the comment the reader saw even if the thread changed meanwhile.
 */
@Named
@RequestScoped
public class ForumThread {

    static final String PAGE_PARAMETER = "thread_page";
    private static final int MAX_INDENT = 5;
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    DisplayZone displayZone;

    @Inject
    ForumService forum;

    @Inject
    CurrentAccount current;

    private Long loadedArticle;
    private ThreadView loaded;
    private String body;

    /** One comment at its place in the thread. */
    public record Row(CommentView comment, int indent, String createdAt) {
    }

    /** What the fragment shows: the rows of this page and where the other pages are. */
    public record ThreadView(List<Row> rows, long total, int page, int pages) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /**
     * The thread of the article; on a postback the including page may not know its article any more, so
     * the forms carry it as thread_article.
     */
    public ThreadView of(Long articleId) {
        if (articleId == null) {
            articleId = postedArticle();
        }
        if (articleId == null || current.get().isEmpty()) {
            return new ThreadView(List.of(), 0, 1, 1);
        }
        if (!articleId.equals(loadedArticle) || loaded == null) {
            loaded = load(articleId);
            loadedArticle = articleId;
        }
        return loaded;
    }

    public String post(Long articleId) {
        return act(viewer -> forum.post(article(articleId), viewer, body, null), "forum.posted", () -> body = null);
    }

    public String reply(Long articleId) {
        return act(viewer -> forum.post(article(articleId), viewer, parameter("reply_body"), commentId()),
                "forum.posted", null);
    }

    public String edit() {
        return act(viewer -> forum.edit(commentId(), viewer, parameter("edit_body")), "forum.saved", null);
    }

    public String delete() {
        return act(viewer -> forum.delete(commentId(), viewer), "forum.removed", null);
    }

    public String vote(String value) {
        return act(viewer -> forum.vote(commentId(), viewer, value), null, null);
    }

    public String react(String emoji) {
        return act(viewer -> forum.react(commentId(), viewer, emoji), null, null);
    }

    public String report() {
        return act(viewer -> forum.report(commentId(), viewer, parameter("report_reason")), "forum.reported", null);
    }

    /** The including page's address as the reader opened it, for the forms to come back to. */
    public String getReturnUrl() {
        String posted = parameter("thread_return");
        if (posted != null) {
            return posted;
        }
        var request = FacesPages.request();
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    /** This page's address with another thread page, keeping the including page's own query parameters. */
    public String pageUrl(int page) {
        String address = getReturnUrl();
        int mark = address.indexOf('?');
        String path = mark < 0 ? address : address.substring(0, mark);
        String query = mark < 0 ? null : address.substring(mark + 1);
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith(PAGE_PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + PAGE_PARAMETER + "=" + page;
    }


    private ThreadView load(long articleId) {
        PageRequest request = PageRequest.of(safePage(), null);
        Page<CommentView> page = forum.thread(articleId, viewer(), request);
        List<Row> rows = new ArrayList<>();
        DateTimeFormatter shownTime = SHOWN_TIME.withZone(displayZone.zone());
        page.items().forEach(root -> flatten(root, 0, rows, shownTime));
        int pages = (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
        return new ThreadView(rows, page.total(), page.page(), pages);
    }

    private static void flatten(CommentView comment, int depth, List<Row> rows, DateTimeFormatter shownTime) {
        rows.add(new Row(comment, Math.min(depth, MAX_INDENT), shownTime.format(comment.createdAt())));
        comment.replies().forEach(reply -> flatten(reply, depth + 1, rows, shownTime));
    }

    private String act(Consumer<Viewer> action, String doneMessage, Runnable onSuccess) {
        if (current.get().isEmpty()) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "error.login_required");
            return null;
        }
        try {
            action.accept(viewer());
            if (doneMessage != null) {
                FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, doneMessage);
            }
            if (onSuccess != null) {
                onSuccess.run();
            }
            backToThePage();
        } catch (InvalidInputException e) {
            showErrors(e);
        } catch (ForbiddenActionException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "forum.not_allowed");
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "forum.not_found");
        } catch (ConflictException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "forum.already_reported");
        }
        loaded = null;
        return null;
    }

    /** The fragment's forms repeat per comment, so each bad field is said on top of the page. */
    private static void showErrors(InvalidInputException e) {
        e.errors().forEach(error -> {
            String label = FacesPages.text("field." + error.field());
            String translated = FacesPages.text("error." + error.code());
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "forum.field_error",
                    label == null ? error.field() : label, translated == null ? error.message() : translated);
        });
    }

    /** Post/redirect/get, so that reloading the page does not post again; only to a path of this site. */
    private void backToThePage() {
        String address = getReturnUrl();
        if (!address.startsWith("/") || address.startsWith("//") || address.contains("\\")) {
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(address);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long article(Long articleId) {
        Long id = articleId != null ? articleId : postedArticle();
        if (id == null) {
            throw new NotFoundException("Article");
        }
        return id;
    }

    private static Long postedArticle() {
        String id = parameter("thread_article");
        return id != null && id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
    }

    private Viewer viewer() {
        var account = current.require();
        return new Viewer(account.id(), account.admin());
    }

    private String safePage() {
        String page = parameter(PAGE_PARAMETER);
        return page != null && page.matches("[1-9][0-9]{0,8}") ? page : null;
    }

    private Long commentId() {
        String id = parameter("comment_id");
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw new NotFoundException("Comment");
        }
        return Long.valueOf(id);
    }

    private static String parameter(String name) {
        return FacesPages.request().getParameter(name);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}

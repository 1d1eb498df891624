package org.chapterrelations.notification.inbox;

import java.util.Map;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's in-app inbox: newest first, unread count, mark read, and a live stream. */
@Tag(name = "Inbox", description = "The caller's in-app notifications: paging, unread count, mark read, live stream (SSE).")
@RestController
@RequestMapping("/api/notifications/me/inbox")
class InboxController {

    private final InboxRepository inbox;
    private final InboxStream stream;
    private final MongoOperations mongo;

    InboxController(InboxRepository inbox, InboxStream stream, MongoOperations mongo) {
        this.inbox = inbox;
        this.stream = stream;
        this.mongo = mongo;
    }

    @Operation(operationId = "listInbox", summary = "My in-app notifications, newest first")
    @GetMapping
    PagedModel<InboxView> list(@PageableDefault(size = 20) Pageable pageable, Authentication authentication) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")));
        return new PagedModel<>(inbox.findByRecipientId(me(authentication), newestFirst).map(InboxView::of));
    }

    @Operation(operationId = "countUnread", summary = "How many of mine are unread")
    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(Authentication authentication) {
        return Map.of("unread", inbox.countByRecipientIdAndReadFalse(me(authentication)));
    }

    @Operation(operationId = "markRead", summary = "Mark one notification read")
    @PostMapping("/{id}/read")
    InboxView markRead(@PathVariable String id, Authentication authentication) {
        InboxItem item = inbox.findByIdAndRecipientId(id, me(authentication))
                .orElseThrow(() -> ApiException.notFound("Inbox item", id));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("read", true), InboxItem.class);
        return InboxView.of(new InboxItem(item.id(), item.recipientId(), item.topic(), item.eventType(), item.title(),
                item.body(), true, item.eventTime(), item.createdAt()));
    }

    @Operation(operationId = "markAllRead", summary = "Mark all my notifications read")
    @PostMapping("/read-all")
    Map<String, Long> markAllRead(Authentication authentication) {
        long changed = mongo.updateMulti(Query.query(Criteria.where("recipientId").is(me(authentication))
                .and("read").is(false)), Update.update("read", true), InboxItem.class).getModifiedCount();
        return Map.of("marked", changed);
    }

    @Operation(operationId = "streamInbox", summary = "New notifications as they arrive (Server-Sent Events)")
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Authentication authentication) {
        return stream.open(me(authentication));
    }

    private static String me(Authentication authentication) {
        return Caller.of(authentication).subject();
    }
}

package org.chapterrelations.notification.template;

import java.util.HashMap;
import java.util.Map;

import org.chapterrelations.notification.preference.Channel;
import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.samskivert.mustache.MustacheException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Staff try a template with a sample event body before the office relies on an edit. */
@Tag(name = "Templates", description = "Staff: render a template with a sample event.")
@RestController
class TemplatePreviewController {

    private final Templates templates;

    TemplatePreviewController(Templates templates) {
        this.templates = templates;
    }

    @Operation(operationId = "previewTemplate", summary = "Render a template with a sample event")
    @PostMapping("/api/notifications/templates/{eventType}/{channel}/preview")
    Rendered preview(@PathVariable String eventType, @PathVariable String channel,
            @RequestBody Map<String, Object> sampleEvent) {
        if (Channel.fromKey(channel).isEmpty()) {
            throw ApiException.badField("channel", "must be one of email, webhook, in-app");
        }
        if (!templates.exists(eventType)) {
            throw ApiException.notFound("Template", eventType);
        }
        Map<String, Object> fields = new HashMap<>(sampleEvent);
        fields.putIfAbsent("recipientName", "Sample Recipient");
        fields.putIfAbsent("recipientId", "sample-recipient");
        try {
            return templates.preview(eventType, channel, fields);
        }
        catch (MustacheException ex) {
            throw ApiException.badField("template", "The " + channel + " template of " + eventType
                    + " cannot be used: " + ex.getMessage());
        }
    }
}

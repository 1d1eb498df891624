package org.chapterrelations.legislation.watch;

import java.net.URI;
import java.util.List;

import org.chapterrelations.platform.web.http.IfMatch;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Watch rules CRUD and dry run (staff only, enforced by the security rules). */
@Tag(name = "Watch rules", description = "Saved queries that track new or changed bills automatically.")
@RestController
@RequestMapping("/api/legislation/watch-rules")
class WatchRuleController {

    private final WatchRuleService rules;

    WatchRuleController(WatchRuleService rules) {
        this.rules = rules;
    }

    @Operation(operationId = "createWatchRule", summary = "Create a watch rule")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<WatchRule> create(@RequestBody(required = false) WatchRuleForm form, Authentication authentication) {
        WatchRule rule = rules.create(form, Caller.of(authentication).subject());
        return ResponseEntity.created(URI.create("/api/legislation/watch-rules/" + rule.id()))
                .eTag(IfMatch.etag(rule.version())).body(rule);
    }

    @Operation(operationId = "listWatchRules", summary = "All watch rules")
    @GetMapping
    List<WatchRule> list() {
        return rules.list();
    }

    @Operation(operationId = "getWatchRule", summary = "A watch rule")
    @GetMapping("/{id}")
    ResponseEntity<WatchRule> get(@PathVariable String id) {
        WatchRule rule = rules.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(rule.version())).body(rule);
    }

    @Operation(operationId = "replaceWatchRule", summary = "Change a watch rule")
    @PutMapping("/{id}")
    ResponseEntity<WatchRule> replace(@PathVariable String id, @RequestBody(required = false) WatchRuleForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        WatchRule rule = rules.replace(id, form, ifMatch);
        return ResponseEntity.ok().eTag(IfMatch.etag(rule.version())).body(rule);
    }

    @Operation(operationId = "deleteWatchRule", summary = "Delete a watch rule")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        rules.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "dryRunWatchRule", summary = "What the rule would match today, tracking nothing")
    @GetMapping("/{id}/dry-run")
    WatchRuleService.DryRun dryRun(@PathVariable String id) {
        return rules.dryRun(id);
    }
}

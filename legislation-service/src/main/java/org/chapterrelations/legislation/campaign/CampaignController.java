package org.chapterrelations.legislation.campaign;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Campaigns: staff create, change and delete drafts, launch and close; staff and chapter officers read them
 * and their progress; a target chapter's officers report actions (the security rules admit the roles).
 */
@Tag(name = "Campaigns", description = "Calls to action tied to bills, and the actions chapters report.")
@RestController
@RequestMapping("/api/legislation/campaigns")
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Operation(operationId = "createCampaign", summary = "Draft a campaign")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<CampaignView> create(@RequestBody(required = false) CampaignForm form, Authentication authentication) {
        Campaign campaign = campaigns.create(form, Caller.of(authentication));
        return ResponseEntity.created(URI.create("/api/legislation/campaigns/" + campaign.id()))
                .eTag(IfMatch.etag(campaign.version())).body(CampaignView.of(campaign));
    }

    @Operation(operationId = "listCampaigns", summary = "All campaigns")
    @GetMapping
    List<CampaignView> list(@RequestParam(required = false) String status) {
        return campaigns.list(status).stream().map(CampaignView::of).toList();
    }

    @Operation(operationId = "getCampaign", summary = "A campaign")
    @GetMapping("/{id}")
    ResponseEntity<CampaignView> get(@PathVariable String id) {
        return respond(campaigns.get(id));
    }

    @Operation(operationId = "replaceCampaign", summary = "Change a draft campaign")
    @PutMapping("/{id}")
    ResponseEntity<CampaignView> replace(@PathVariable String id, @RequestBody(required = false) CampaignForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(campaigns.replace(id, form, ifMatch));
    }

    @Operation(operationId = "deleteCampaign", summary = "Delete a draft campaign")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        campaigns.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "launchCampaign", summary = "Launch: resolve the target chapters and announce it")
    @PostMapping("/{id}/launch")
    ResponseEntity<CampaignView> launch(@PathVariable String id, Authentication authentication) {
        return respond(campaigns.launch(id, Caller.of(authentication)));
    }

    @Operation(operationId = "closeCampaign", summary = "Close a campaign")
    @PostMapping("/{id}/close")
    ResponseEntity<CampaignView> close(@PathVariable String id) {
        return respond(campaigns.close(id));
    }

    @Operation(operationId = "reportCampaignAction", summary = "A chapter officer reports an action taken")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/actions")
    ResponseEntity<CampaignProgress> report(@PathVariable String id, @RequestBody(required = false) ReportForm form,
            Authentication authentication) {
        Campaign campaign = campaigns.report(id, form, Caller.of(authentication));
        return ResponseEntity.status(201).body(CampaignProgress.of(campaign));
    }

    @Operation(operationId = "campaignProgress", summary = "Chapters targeted and those that reported")
    @GetMapping("/{id}/progress")
    CampaignProgress progress(@PathVariable String id) {
        return CampaignProgress.of(campaigns.get(id));
    }

    private static ResponseEntity<CampaignView> respond(Campaign campaign) {
        return ResponseEntity.ok().eTag(IfMatch.etag(campaign.version())).body(CampaignView.of(campaign));
    }
}

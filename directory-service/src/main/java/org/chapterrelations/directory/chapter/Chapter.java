package org.chapterrelations.directory.chapter;

import org.chapterrelations.directory.common.MailingAddress;
import java.time.Instant;
import java.util.List;

import org.chapterrelations.platform.events.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A chapter of the association. Its id is its code (e.g. {@code CA}), upper-case and immutable, so that
 * tokens ({@code chapter_id}), events and URLs all name a chapter the same way. Every change raises its
 * event inside the same document, so state and event are one write.
 */
@Document("chapters")
public class Chapter extends OutboxAggregate {

    @Id
    private String code;
    @Indexed
    private String name;
    @Indexed
    private ChapterKind kind;
    private String state;
    @Indexed
    private List<String> states;
    private String school;
    private String parentChapterId;
    private String website;
    private String publicEmail;
    private String publicPhone;
    private MailingAddress mailingAddress;
    @Indexed
    private ChapterStatus status;
    @Indexed
    private boolean studentProgram;
    private Integer foundedYear;
    private MemberCount memberCount;
    private boolean sampleData;
    private Instant registeredAt;
    /** Name, code and city: the text whose words the {@code q} filter searches ({@link ChapterSearch}). */
    private String searchText;
    @Version
    private Long version;
    /** The searched text before {@link #apply}: its words leave the search entries once the change is saved. */
    @Transient
    private String previousSearchText;

    Chapter() {
    }

    static Chapter register(String code, ChapterDetails details, Instant now) {
        Chapter chapter = new Chapter();
        chapter.code = code;
        chapter.status = ChapterStatus.ACTIVE;
        chapter.registeredAt = now;
        chapter.apply(details);
        chapter.raise(ChapterEvents.TOPIC, ChapterEvents.REGISTERED, ChapterEvents.snapshot(chapter));
        return chapter;
    }

    /** Replaces the editable fields; returns the API names of those that changed (no event if none). */
    List<String> update(ChapterDetails details) {
        List<String> changed = details.changedFrom(details());
        if (!changed.isEmpty()) {
            apply(details);
            raise(ChapterEvents.TOPIC, ChapterEvents.UPDATED, ChapterEvents.change(this, changed));
        }
        return changed;
    }

    void retire() {
        status = ChapterStatus.RETIRED;
        raise(ChapterEvents.TOPIC, ChapterEvents.RETIRED, ChapterEvents.snapshot(this));
    }

    void reactivate() {
        status = ChapterStatus.ACTIVE;
        raise(ChapterEvents.TOPIC, ChapterEvents.UPDATED, ChapterEvents.change(this, List.of("status")));
    }

    ChapterDetails details() {
        return new ChapterDetails(name, kind, state, states, school, parentChapterId, website, publicEmail,
                publicPhone, mailingAddress, studentProgram, foundedYear, memberCount, sampleData);
    }

    private void apply(ChapterDetails details) {
        name = details.name();
        kind = details.kind();
        state = details.state();
        states = details.states();
        school = details.school();
        parentChapterId = details.parentChapterId();
        website = details.website();
        publicEmail = details.publicEmail();
        publicPhone = details.publicPhone();
        mailingAddress = details.mailingAddress();
        studentProgram = details.studentProgram();
        foundedYear = details.foundedYear();
        memberCount = details.memberCount();
        sampleData = details.sampleData();
        String city = details.city() == null ? "" : details.city();
        previousSearchText = searchText;
        searchText = String.join(" ", name, code, city);
    }

    @Override
    public String aggregateId() {
        return code;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ChapterKind kind() {
        return kind;
    }

    public String state() {
        return state;
    }

    public List<String> states() {
        return states;
    }

    public String school() {
        return school;
    }

    public String parentChapterId() {
        return parentChapterId;
    }

    public String website() {
        return website;
    }

    public String publicEmail() {
        return publicEmail;
    }

    public String publicPhone() {
        return publicPhone;
    }

    public MailingAddress mailingAddress() {
        return mailingAddress;
    }

    public ChapterStatus status() {
        return status;
    }

    public boolean studentProgram() {
        return studentProgram;
    }

    public Integer foundedYear() {
        return foundedYear;
    }

    public MemberCount memberCount() {
        return memberCount;
    }

    public boolean sampleData() {
        return sampleData;
    }

    String searchText() {
        return searchText;
    }

    String previousSearchText() {
        return previousSearchText;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Long version() {
        return version;
    }
}

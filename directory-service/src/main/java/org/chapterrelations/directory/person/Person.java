package org.chapterrelations.directory.person;

import org.chapterrelations.directory.common.MailingAddress;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone who holds or held an office. People are never deleted: their terms of office are history.
 * Names, organization and title are public; email, phone and mailing address are private.
 */
@Document("people")
public class Person {

    @Id
    private String id;
    private String givenName;
    private String familyName;
    private String displayName;
    private String email;
    private String phone;
    private MailingAddress mailingAddress;
    private String organization;
    private String title;
    private Instant createdAt;
    @Version
    private Long version;
    /** The name before {@link #apply}: its words leave the search entries once the change is saved. */
    @Transient
    private String previousDisplayName;

    Person() {
    }

    static Person create(String id, PersonForm form, Instant now) {
        Person person = new Person();
        person.id = id;
        person.createdAt = now;
        person.apply(form);
        return person;
    }

    void apply(PersonForm form) {
        previousDisplayName = displayName;
        givenName = form.givenName().strip();
        familyName = form.familyName().strip();
        displayName = givenName + " " + familyName;
        email = blankToNull(form.email());
        phone = blankToNull(form.phone());
        mailingAddress = form.mailingAddress() == null ? null : form.mailingAddress().normalised();
        organization = blankToNull(form.organization());
        title = blankToNull(form.title());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String id() {
        return id;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public MailingAddress mailingAddress() {
        return mailingAddress;
    }

    public String organization() {
        return organization;
    }

    public String title() {
        return title;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long version() {
        return version;
    }

    String previousDisplayName() {
        return previousDisplayName;
    }
}

package org.chapterrelations.directory.person;

import org.chapterrelations.directory.common.MailingAddress;

/** What a client sends to create or replace a person. */
public record PersonForm(String givenName, String familyName, String email, String phone,
        MailingAddress mailingAddress, String organization, String title) {
}

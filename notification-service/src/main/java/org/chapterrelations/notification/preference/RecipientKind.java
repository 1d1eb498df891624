package org.chapterrelations.notification.preference;

/** A signed-in account (id = token {@code sub}) or a chapter officer known from the directory ("person:<id>"). */
public enum RecipientKind {
    ACCOUNT, OFFICER
}

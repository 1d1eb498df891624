package org.chapterrelations.platform.web.security;

/** The platform's roles, as they appear in the token's {@code roles} claim (DESIGN.md "Identity and roles"). */
public final class Roles {

    public static final String STAFF = "staff";
    public static final String CHAPTER_OFFICER = "chapter-officer";
    public static final String ADMIN = "admin";

    /** The claim holding the chapter a {@code chapter-officer} acts for. */
    public static final String CHAPTER_ID_CLAIM = "chapter_id";
    public static final String ROLES_CLAIM = "roles";

    private Roles() {
    }
}

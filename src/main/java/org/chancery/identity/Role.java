package org.chancery.identity;

/**
 * Roles. The first three are the security duties, which no account may combine and which grant no
 * access to document contents; the rest are business roles, each held within a unit.
 */
public enum Role {
	SYSTEM_ADMIN(true), SECURITY_ADMIN(true), SECURITY_AUDITOR(true),
	LEADER(false), OFFICE_DIRECTOR(false), DRAFTER(false), DOCUMENT_CLERK(false), CONFIDENTIAL_CLERK(false),
	SUPERVISOR(false), ARCHIVIST(false), MEETING_ORGANIZER(false), ACCOUNTANT(false), PERSONNEL_OFFICER(false);

	private final boolean security;

	Role(boolean security) {
		this.security = security;
	}

	/** One of the three separated security duties; these need a second factor and take no unit. */
	public boolean isSecurityRole() {
		return security;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}

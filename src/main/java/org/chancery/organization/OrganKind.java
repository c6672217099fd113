package org.chancery.organization;

/** Kinds of external organs the office corresponds with. */
public enum OrganKind {
	MINISTRY, PROVINCE, TOP_LEVEL_BODY, OTHER
}

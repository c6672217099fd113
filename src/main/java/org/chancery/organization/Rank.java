package org.chancery.organization;

/** Administrative rank of a unit. */
public enum Rank {
	MINISTERIAL, DEPUTY_MINISTERIAL, BUREAU, OTHER
}

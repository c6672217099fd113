package org.chancery.organization;

/** What kind of unit: an internal department, a subordinate or affiliated institution. */
public enum UnitType {
	OFFICE, DEPARTMENT, BUREAU, SUBORDINATE, AFFILIATED, OTHER
}

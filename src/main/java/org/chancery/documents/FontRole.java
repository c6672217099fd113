package org.chancery.documents;

/** The typefaces GB/T 9704 names; each maps to an installed free font (configurable). */
public enum FontRole {
	FANGSONG, HEITI, KAITI, SONGTI, XIAOBIAOSONG
}

package org.chancery.organization;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Something with a Chinese name and an optional English one. */
public interface Names {

	String nameZh();

	@Nullable String nameEn();

	/** The name in the reader's language, falling back to Chinese. */
	default String name(Locale locale) {
		String en = nameEn();
		return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : nameZh();
	}
}

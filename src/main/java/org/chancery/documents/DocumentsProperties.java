package org.chancery.documents;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the documents module.
 *
 * @param routeUnits codes of the office's units that handle every document (review, registration,
 *        printing): they join the need-to-know scope of classified drafts
 * @param stepDays days each step may take, by urgency
 */
@ConfigurationProperties("chancery.documents")
public record DocumentsProperties(@DefaultValue({ "MSJ", "JYJ" }) List<String> routeUnits, Map<Urgency, Integer> stepDays) {

	public DocumentsProperties {
		stepDays = stepDays == null || stepDays.isEmpty() ? Map.of(Urgency.NORMAL, 3, Urgency.URGENT, 2, Urgency.EXTRA_URGENT, 1) : Map.copyOf(stepDays);
	}

	public int daysFor(Urgency urgency) {
		return stepDays.getOrDefault(urgency, 3);
	}
}

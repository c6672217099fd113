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
 * @param fonts the font of each GB/T 9704 role: a TrueType file, or {@code file#FontName} in a collection
 * @param printingUnit code of the unit named as printing organ in the colophon (印发机关)
 * @param incomingCode the code of incoming registration numbers: {@code 收文〔2026〕12号}, gapless per year
 * @param incomingScopeUnits codes of the units that handle every classified incoming document (the
 *        leaders' unit, the secretariat, the confidential bureau): its need-to-know scope on arrival,
 *        with the receiving unit
 */
@ConfigurationProperties("chancery.documents")
public record DocumentsProperties(@DefaultValue({ "MSJ", "JYJ" }) List<String> routeUnits, Map<Urgency, Integer> stepDays,
		Map<FontRole, String> fonts, @DefaultValue("MSJ") String printingUnit, @DefaultValue("收文") String incomingCode,
		@DefaultValue({ "BGT", "MSJ", "JYJ" }) List<String> incomingScopeUnits) {

	static final String UMING = "/usr/share/fonts/truetype/arphic/uming.ttc#UMingCN";
	static final String UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc#UKaiCN";
	static final String ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYiZenHei";

	public DocumentsProperties {
		stepDays = stepDays == null || stepDays.isEmpty() ? Map.of(Urgency.NORMAL, 3, Urgency.URGENT, 2, Urgency.EXTRA_URGENT, 1) : Map.copyOf(stepDays);
		java.util.EnumMap<FontRole, String> all = new java.util.EnumMap<>(Map.of(FontRole.FANGSONG, UMING, FontRole.SONGTI, UMING,
				FontRole.XIAOBIAOSONG, UMING, FontRole.KAITI, UKAI, FontRole.HEITI, ZENHEI));
		if (fonts != null) {
			all.putAll(fonts);
		}
		fonts = Map.copyOf(all);
		incomingCode = incomingCode == null || incomingCode.isBlank() ? "收文" : incomingCode;
		incomingScopeUnits = incomingScopeUnits == null ? List.of("BGT", "MSJ", "JYJ") : List.copyOf(incomingScopeUnits);
	}

	public int daysFor(Urgency urgency) {
		return stepDays.getOrDefault(urgency, 3);
	}
}

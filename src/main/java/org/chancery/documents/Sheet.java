package org.chancery.documents;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the GB/T 9704 layout draws, already in print form: the texts as they appear on paper.
 * Built from a registered document by {@link Printing}; {@link Typesetting} draws it.
 *
 * @param organs the issuing organs' mark texts, lead first (a joint document has several; 文件 is then
 *        {@code markSuffix} on the right)
 * @param signers the signers' names for an upward document (签发人), one line each
 * @param organNames the organs' names as they sign above the date
 * @param attachments attachments drawn on their own pages after the signature
 * @param sealImage the lead organ's seal as a PNG; without it a seal bearing the organ's name is drawn
 */
public record Sheet(DocumentType.Layout layout, @Nullable String copyNumber, @Nullable String marking, @Nullable String urgency,
		List<String> organs, String markSuffix, @Nullable String referenceNumber, List<String> signers, String title, String mainRecipients,
		Body body, List<Attachment> attachments, List<String> organNames, LocalDate writtenOn, boolean sealed, @Nullable String note,
		@Nullable Minutes minutes, @Nullable String signerLine, List<String> copiedTo, String printingOrgan, LocalDate printedOn,
		byte @Nullable [] sealImage) {

	/** The same sheet without a seal image (the seal is drawn). */
	public Sheet(DocumentType.Layout layout, @Nullable String copyNumber, @Nullable String marking, @Nullable String urgency, List<String> organs,
			String markSuffix, @Nullable String referenceNumber, List<String> signers, String title, String mainRecipients, Body body,
			List<Attachment> attachments, List<String> organNames, LocalDate writtenOn, boolean sealed, @Nullable String note,
			@Nullable Minutes minutes, @Nullable String signerLine, List<String> copiedTo, String printingOrgan, LocalDate printedOn) {
		this(layout, copyNumber, marking, urgency, organs, markSuffix, referenceNumber, signers, title, mainRecipients, body, attachments, organNames,
				writtenOn, sealed, note, minutes, signerLine, copiedTo, printingOrgan, printedOn, null);
	}

	/** An attachment: its title and its body, drawn from a new page. */
	public record Attachment(String title, Body body) {
	}

	/** The attendance of minutes: 出席, 请假, 列席. */
	public record Minutes(@Nullable String present, @Nullable String onLeave, @Nullable String attending) {
	}

	/** Arabic digits, full year, no leading zeros: 2012年4月16日 (RULES.md §1.2). */
	public static String date(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}
}

package org.chancery.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chancery.kernel.DomainException;

/**
 * A reference number (发文字号): organ code, year in 〔〕, sequence and 号, e.g. {@code 国办发〔2012〕14号}. No
 * 第, no leading zeros, no other brackets (RULES.md §1.2).
 */
public record ReferenceNumber(String code, int year, int sequence) {

	public static final Pattern PATTERN = Pattern.compile("^(\\S+)〔(\\d{4})〕([1-9]\\d*)号$");
	private static final Pattern CODE = Pattern.compile("^[^\\s〔〕\\[\\]()（）【】第号0-9]{1,20}$");

	public ReferenceNumber {
		if (!CODE.matcher(code).matches()) {
			throw new DomainException("reference.badCode", code);
		}
		if (year < 1949 || year > 9999 || sequence < 1) {
			throw new DomainException("reference.invalid", code + "〔" + year + "〕" + sequence + "号");
		}
	}

	/** Reads a reference number as printed; anything else is refused with the pattern in the message. */
	public static ReferenceNumber parse(String text) {
		Matcher m = PATTERN.matcher(text.strip());
		if (!m.matches()) {
			throw new DomainException("reference.invalid", text);
		}
		return new ReferenceNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
	}

	/** Whether a text is a well-formed organ code for reference numbers (e.g. 国办发, 中办发). */
	public static boolean validCode(String code) {
		return CODE.matcher(code).matches();
	}

	public String text() {
		return code + "〔" + year + "〕" + sequence + "号";
	}

	@Override
	public String toString() {
		return text();
	}
}

package org.chancery.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file is, judged by its content: PDF, PNG, JPEG, GIF, TIFF, the Office Open XML formats (DOCX,
 * XLSX, PPTX), the legacy Office formats and OFD. Anything else is refused. File names are reduced to a
 * safe form with the extension of the detected kind.
 */
final class FileKinds {

	private FileKinds() {
	}

	static Optional<String> detect(byte[] b) {
		if (starts(b, "%PDF-")) {
			return Optional.of("application/pdf");
		}
		if (starts(b, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of("image/png");
		}
		if (starts(b, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of("image/jpeg");
		}
		if (starts(b, "GIF87a") || starts(b, "GIF89a")) {
			return Optional.of("image/gif");
		}
		if (starts(b, new byte[] { 'I', 'I', 42, 0 }) || starts(b, new byte[] { 'M', 'M', 0, 42 })) {
			return Optional.of("image/tiff");
		}
		if (starts(b, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 })) {
			return Optional.of("application/x-ole-storage");
		}
		if (starts(b, new byte[] { 'P', 'K', 3, 4 })) {
			return zipKind(b);
		}
		return Optional.empty();
	}

	/** A zip is an office file only if it says so in its parts. */
	private static Optional<String> zipKind(byte[] b) {
		boolean contentTypes = false;
		String kind = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
			ZipEntry e;
			int entries = 0;
			while ((e = zip.getNextEntry()) != null && entries++ < 2000) {
				String n = e.getName();
				if (n.equals("[Content_Types].xml")) {
					contentTypes = true;
				}
				else if (n.startsWith("word/")) {
					kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
				}
				else if (n.startsWith("xl/")) {
					kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
				}
				else if (n.startsWith("ppt/")) {
					kind = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
				}
				else if (n.equals("OFD.xml")) {
					kind = "application/ofd";
					contentTypes = true;
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
	}

	static String extension(String type) {
		return switch (type) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			case "image/jpeg" -> ".jpg";
			case "image/gif" -> ".gif";
			case "image/tiff" -> ".tif";
			case "application/x-ole-storage" -> ".doc";
			case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> ".docx";
			case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> ".xlsx";
			case "application/vnd.openxmlformats-officedocument.presentationml.presentation" -> ".pptx";
			case "application/ofd" -> ".ofd";
			default -> "";
		};
	}

	/**
	 * The name without any path, control or reserved characters, at most 100 characters, ending with
	 * the extension of what the file is (a legacy Office file keeps its own .doc/.xls/.ppt).
	 */
	static String safeName(String original, String type) {
		String name = Normalizer.normalize(original == null ? "" : original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip().replaceAll("^\\.+", "");
		String ext = extension(type);
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		boolean legacyOffice = type.equals("application/x-ole-storage") && (lower.endsWith(".doc") || lower.endsWith(".xls") || lower.endsWith(".ppt"));
		String base = legacyOffice || lower.endsWith(ext) ? name.substring(0, name.lastIndexOf('.')) : name;
		String keep = legacyOffice ? name.substring(name.lastIndexOf('.')) : ext;
		if (base.isBlank()) {
			base = "附件";
		}
		if (base.length() > 100) {
			base = base.substring(0, 100);
		}
		return base + keep;
	}

	private static boolean starts(byte[] b, String prefix) {
		return starts(b, prefix.getBytes(StandardCharsets.US_ASCII));
	}

	private static boolean starts(byte[] b, byte[] prefix) {
		if (b.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (b[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}

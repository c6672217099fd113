package org.chancery.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small zip files: an office document and a zip that is none. */
final class LayoutSamplesZip {

	private LayoutSamplesZip() {
	}

	static byte[] docx() {
		return zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
	}

	static byte[] plainZip() {
		return zip("readme.txt", "hello", "run.sh", "echo");
	}

	private static byte[] zip(String... namesAndTexts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i < namesAndTexts.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
				zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}

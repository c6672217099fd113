package org.chancery.documents;

import java.io.File;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The installed fonts for each role of GB/T 9704. A role is configured as {@code path} (a TrueType
 * file) or {@code path#FontName} (a font in a TrueType collection). PDFBox embeds subsets of TrueType
 * outlines only, so OpenType/CFF fonts such as Noto CJK cannot serve. A missing font is reported at
 * start-up with the package that provides it; printing then refuses with a clear message.
 */
@Component
class LayoutFonts {

	private static final Logger log = LoggerFactory.getLogger(LayoutFonts.class);

	private final Map<FontRole, String> configured;
	private final Map<FontRole, String> missing = new EnumMap<>(FontRole.class);
	/** Parsed fonts per thread: fontbox's lazily read tables are not meant for concurrent use. */
	private final ThreadLocal<Map<FontRole, TrueTypeFont>> parsed = ThreadLocal.withInitial(() -> new EnumMap<>(FontRole.class));
	private final ThreadLocal<Map<FontRole, TrueTypeFont>> parsedCommon = ThreadLocal.withInitial(() -> new EnumMap<>(FontRole.class));
	/** Each role's common characters as a small TrueType font, made once. */
	private final Map<FontRole, byte[]> common = new java.util.concurrent.ConcurrentHashMap<>();

	LayoutFonts(DocumentsProperties properties) {
		this.configured = properties.fonts();
		for (FontRole role : FontRole.values()) {
			String spec = configured.get(role);
			File file = spec == null ? null : new File(spec.split("#", 2)[0]);
			if (file == null || !file.isFile()) {
				missing.put(role, String.valueOf(spec));
				log.error("No font for {}: {} is not there. Install the Debian packages fonts-arphic-uming, fonts-arphic-ukai and "
						+ "fonts-wqy-zenhei, or set chancery.documents.fonts.{} to a TrueType font (path or path#FontName). "
						+ "Documents cannot be printed until then.", role, spec, role.name().toLowerCase(java.util.Locale.ROOT));
			}
		}
	}

	/** Makes the small fonts once, off the request path, so the first document prints as fast as the rest. */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void prepare() {
		if (complete()) {
			Thread.ofVirtual().name("layout-fonts").start(() -> java.util.Arrays.stream(FontRole.values()).forEach(r -> common.computeIfAbsent(r,
					this::subset)));
		}
	}

	boolean complete() {
		return missing.isEmpty();
	}

	TrueTypeFont font(FontRole role) {
		if (missing.containsKey(role)) {
			throw new DomainException("layout.fontMissing", role.name(), missing.get(role));
		}
		return parsed.get().computeIfAbsent(role, this::load);
	}

	/**
	 * The role's font: its whole font, or a subset of the characters documents use nearly always (ASCII,
	 * punctuation, the GB 2312 set). Embedding starts from the font's full width table, so the small one
	 * makes a document several times faster to draw; a character outside it comes from the whole font.
	 */
	TrueTypeFont font(FontRole role, boolean full) {
		if (full) {
			return font(role);
		}
		return parsedCommon.get().computeIfAbsent(role, r -> {
			try {
				return new TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(common.computeIfAbsent(r, this::subset)));
			}
			catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
	}

	private byte[] subset(FontRole role) {
		try {
			// no GSUB: its glyph ids would not match the subset's
			org.apache.fontbox.ttf.TTFSubsetter subsetter = new org.apache.fontbox.ttf.TTFSubsetter(font(role), java.util.List.of("head", "hhea",
					"loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "name", "post", "cmap", "OS/2"));
			subsetter.addAll(COMMON);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			subsetter.writeToStream(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** ASCII, general and CJK punctuation, full-width forms, symbols such as ★, and every GB 2312 character. */
	static final java.util.Set<Integer> COMMON = common();

	private static java.util.Set<Integer> common() {
		java.util.Set<Integer> set = new java.util.HashSet<>();
		for (int[] range : new int[][] { { 0x20, 0x7E }, { 0xA0, 0xFF }, { 0x2000, 0x206F }, { 0x2460, 0x24FF }, { 0x25A0, 0x26FF },
				{ 0x3000, 0x303F }, { 0xFF00, 0xFFEF } }) {
			for (int c = range[0]; c <= range[1]; c++) {
				set.add(c);
			}
		}
		java.nio.charset.Charset gb2312 = java.nio.charset.Charset.forName("GB2312");
		for (int hi = 0xA1; hi <= 0xF7; hi++) {
			for (int lo = 0xA1; lo <= 0xFE; lo++) {
				String s = new String(new byte[] { (byte) hi, (byte) lo }, gb2312);
				if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
					set.add((int) s.charAt(0));
				}
			}
		}
		return java.util.Set.copyOf(set);
	}

	private TrueTypeFont load(FontRole role) {
		String[] spec = configured.get(role).split("#", 2);
		try {
			if (spec.length == 2) {
				TrueTypeCollection collection = new TrueTypeCollection(new File(spec[0]));
				@Nullable TrueTypeFont font = collection.getFontByName(spec[1]);
				if (font == null) {
					throw new DomainException("layout.fontMissing", role.name(), configured.get(role));
				}
				return font;
			}
			return new TTFParser().parse(new RandomAccessReadBufferedFile(spec[0]));
		}
		catch (IOException e) {
			throw new DomainException("layout.fontMissing", role.name(), configured.get(role));
		}
	}
}

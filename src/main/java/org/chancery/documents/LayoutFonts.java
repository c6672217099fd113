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

	boolean complete() {
		return missing.isEmpty();
	}

	TrueTypeFont font(FontRole role) {
		if (missing.containsKey(role)) {
			throw new DomainException("layout.fontMissing", role.name(), missing.get(role));
		}
		return parsed.get().computeIfAbsent(role, this::load);
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

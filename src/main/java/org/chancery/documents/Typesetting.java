package org.chancery.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Draws a {@link Sheet} to PDF exactly per GB/T 9704-2012 (RULES.md §3): A4, top margin 37 mm, binding
 * margin 28 mm, a 156 × 225 mm text area of 22 lines of 28 characters; every text sits on a grid line
 * with its em box centred in the line. Fonts per role come from {@link LayoutFonts}; subsets are
 * embedded. Positions are in points, measured from the top of the page unless named pdfY.
 */
@Component
public class Typesetting {

	static final float MM = 72f / 25.4f;
	static final float PAGE_W = 210 * MM;
	static final float PAGE_H = 297 * MM;
	static final float LEFT = 28 * MM;
	static final float TOP = 37 * MM;
	static final float AREA_W = 156 * MM;
	static final float AREA_H = 225 * MM;
	static final float RIGHT = LEFT + AREA_W;
	static final int LINES = 22;
	static final int CHARS = 28;
	/** One grid line, about 10.23 mm. */
	static final float PITCH = AREA_H / LINES;
	/** One character of the grid, about 5.57 mm. */
	static final float CHAR = AREA_W / CHARS;
	static final float SIZE2 = 22;
	static final float SIZE3 = 16;
	static final float SIZE4 = 14;
	/** Share of the em box above the baseline (the ideographic em box of CJK fonts). */
	static final float ASCENT = 0.88f;
	static final float RED_RULE = 0.5f * MM;
	static final float THICK_RULE = 0.35f * MM;
	static final float THIN_RULE = 0.25f * MM;
	static final float SEAL_DIAMETER = 42 * MM;
	private static final String CLOSING = "，。、；：？！）》」』’”〕】…";

	private final LayoutFonts fonts;

	Typesetting(LayoutFonts fonts) {
		this.fonts = fonts;
	}

	public byte[] render(Sheet sheet) {
		try (PDDocument doc = new PDDocument()) {
			Run run = new Run(doc, sheet);
			run.draw();
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setTitle(sheet.title());
			info.setCreator("Chancery");
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// ------------------------------------------------------------ geometry of the grid

	static float lineTop(int line) {
		return TOP + (line - 1) * PITCH;
	}

	/** The baseline that centres a font size's em box in a grid line. */
	static float baseline(int line, float size) {
		return lineTop(line) + (PITCH - size) / 2 + ASCENT * size;
	}

	/** The first grid line whose top is at or below a position. */
	static int lineAtOrBelow(float y) {
		return (int) Math.ceil((y - TOP) / PITCH - 1e-3) + 1;
	}

	private static final String OPENING = "《（“‘〔【「『";

	/** Splits a title into lines of at most 20 size-2 characters, longest first, respecting brackets. */
	static List<String> titleLines(String title) {
		List<String> parts = new ArrayList<>();
		if (title.isBlank()) {
			return parts;
		}
		int perLine = (int) (AREA_W / SIZE2);
		int lines = (title.length() + perLine - 1) / perLine;
		int longest = Math.min(perLine, (title.length() + lines - 1) / lines + (lines > 1 ? 1 : 0));
		int start = 0;
		while (start < title.length()) {
			int end = Math.min(title.length(), start + longest);
			while (end < title.length() && end - start > 1 && (OPENING.indexOf(title.charAt(end - 1)) >= 0 || CLOSING.indexOf(title.charAt(end)) >= 0)) {
				end--;
			}
			parts.add(title.substring(start, end));
			start = end;
		}
		return parts;
	}

	/** A font to draw with: a role's common characters (a small subset that loads fast) or its whole font. */
	record Face(FontRole role, boolean full) {
	}

	/** A run of text on one line: font role, size, text and where it starts. */
	record Span(FontRole role, float size, String text, float x, boolean red) {
	}

	/** One line of the flow: spans, and table borders if it is a table row. */
	record Row(List<Span> spans, float @Nullable [] tableColumns, boolean keepWithNext) {
		static Row of(Span... spans) {
			return new Row(List.of(spans), null, false);
		}
	}

	/** The drawing of one sheet into one PDF. */
	private final class Run {

		private final PDDocument doc;
		private final Sheet sheet;
		private final Map<Face, PDType0Font> loaded = new java.util.HashMap<>();
		private final List<PDPageContentStream> streams = new ArrayList<>();
		private int page = -1;

		Run(PDDocument doc, Sheet sheet) {
			this.doc = doc;
			this.sheet = sheet;
		}

		void draw() throws IOException {
			newPage();
			int line = switch (sheet.layout()) {
				case LETTER -> letterHead();
				case ORDER -> orderHead();
				default -> standardHead();
			};
			List<Row> rows = new ArrayList<>();
			if (sheet.layout() != DocumentType.Layout.ORDER && !sheet.mainRecipients().isEmpty()) {
				rows.addAll(wrap(FontRole.FANGSONG, SIZE3, CHAR, sheet.mainRecipients() + "：", 0, 0));
			}
			rows.addAll(bodyRows(sheet.body()));
			if (!sheet.attachments().isEmpty()) {
				rows.add(blank());
				rows.addAll(attachmentList());
			}
			if (sheet.minutes() != null) {
				rows.add(blank());
				rows.addAll(attendance(sheet.minutes()));
			}
			int[] at = flow(rows, line, signatureLines());
			int last = at[1];
			last = signature(last);
			if (sheet.note() != null && !sheet.note().isBlank()) {
				last = place(wrap(FontRole.FANGSONG, SIZE3, CHAR, "（" + sheet.note().strip() + "）", 2 * CHAR, 0), last + 1)[1];
			}
			for (int i = 0; i < sheet.attachments().size(); i++) {
				last = attachment(i, sheet.attachments().get(i));
			}
			colophon(last);
			pageNumbers();
			for (PDPageContentStream s : streams) {
				s.close();
			}
		}

		// ------------------------------------------------------------ heads

		/** Copy number, marking and urgency, flush left from a line; returns the last line used (or line - 1). */
		private int leftStack(int line) throws IOException {
			int at = line;
			if (sheet.copyNumber() != null) {
				text(FontRole.FANGSONG, SIZE3, sheet.copyNumber(), LEFT, baseline(at++, SIZE3), CHAR, false);
			}
			if (sheet.marking() != null) {
				text(FontRole.HEITI, SIZE3, sheet.marking(), LEFT, baseline(at++, SIZE3), CHAR, false);
			}
			if (sheet.urgency() != null && !sheet.urgency().isBlank()) {
				text(FontRole.HEITI, SIZE3, sheet.urgency(), LEFT, baseline(at++, SIZE3), CHAR, false);
			}
			return at - 1;
		}

		private int standardHead() throws IOException {
			leftStack(1);
			float markBottom = mark(TOP + 35 * MM);
			int refLine = lineAtOrBelow(markBottom) + 2;
			int lastRef = refLine;
			if (sheet.referenceNumber() != null) {
				if (!sheet.signers().isEmpty()) {
					for (int i = 0; i < sheet.signers().size(); i++) {
						float nameW = width(FontRole.KAITI, SIZE3, sheet.signers().get(i), CHAR);
						float labelW = width(FontRole.FANGSONG, SIZE3, "签发人：", CHAR);
						float x = RIGHT - CHAR - nameW - labelW;
						text(FontRole.FANGSONG, SIZE3, "签发人：", x, baseline(refLine + i, SIZE3), CHAR, false);
						text(FontRole.KAITI, SIZE3, sheet.signers().get(i), x + labelW, baseline(refLine + i, SIZE3), CHAR, false);
					}
					lastRef = refLine + sheet.signers().size() - 1;
					text(FontRole.FANGSONG, SIZE3, sheet.referenceNumber(), LEFT + CHAR, baseline(lastRef, SIZE3), CHAR, false);
				}
				else {
					centred(FontRole.FANGSONG, SIZE3, sheet.referenceNumber(), baseline(refLine, SIZE3), CHAR, false);
				}
			}
			float emBottom = baseline(lastRef, SIZE3) + (1 - ASCENT) * SIZE3;
			float ruleTop = emBottom + 4 * MM;
			rule(LEFT, ruleTop, AREA_W, RED_RULE, true);
			int titleLine = lineAtOrBelow(ruleTop + RED_RULE) + 2;
			return title(titleLine) + 2;
		}

		private int letterHead() throws IOException {
			float markBottom = mark(30 * MM);
			float ruleTop = markBottom + 4 * MM;
			doubleRule(ruleTop, true);
			doubleRule(PAGE_H - 20 * MM - 1.5f * MM, false);
			int first = lineAtOrBelow(ruleTop + 1.5f * MM);
			int last = leftStack(first);
			if (sheet.referenceNumber() != null) {
				float w = width(FontRole.FANGSONG, SIZE3, sheet.referenceNumber(), CHAR);
				text(FontRole.FANGSONG, SIZE3, sheet.referenceNumber(), RIGHT - w, baseline(first, SIZE3), CHAR, false);
			}
			last = Math.max(last, first);
			return title(last + 3) + 2;
		}

		private int orderHead() throws IOException {
			leftStack(1);
			float markBottom = mark(TOP + 20 * MM);
			int numberLine = lineAtOrBelow(markBottom) + 2;
			if (sheet.referenceNumber() != null) {
				centred(FontRole.FANGSONG, SIZE3, sheet.referenceNumber(), baseline(numberLine, SIZE3), CHAR, false);
			}
			return numberLine + 3;
		}

		/** The red organ mark, top edge at {@code top}; a joint mark stacks the organs with the suffix on the right. Returns its bottom. */
		private float mark(float top) throws IOException {
			List<String> organs = sheet.organs();
			if (organs.size() == 1) {
				String mark = organs.getFirst();
				float size = Math.min(15 * MM, AREA_W * 0.95f / Math.max(1, mark.length()));
				centred(FontRole.XIAOBIAOSONG, size, mark, top + ASCENT * size, size, true);
				return top + size;
			}
			String suffix = sheet.markSuffix();
			int longest = organs.stream().mapToInt(String::length).max().orElse(1);
			float size = Math.min(12 * MM, AREA_W * 0.95f / (longest + suffix.length() + 1));
			float gap = 0.25f * size;
			float blockW = longest * size + size + suffix.length() * size;
			float x = LEFT + (AREA_W - blockW) / 2;
			float y = top;
			for (String organ : organs) {
				float w = organ.length() * size;
				text(FontRole.XIAOBIAOSONG, size, organ, x + (longest * size - w) / 2, y + ASCENT * size, size, true);
				y += size + gap;
			}
			float bottom = y - gap;
			float middle = (top + bottom) / 2;
			text(FontRole.XIAOBIAOSONG, size, suffix, x + longest * size + size, middle - size / 2 + ASCENT * size, size, true);
			return bottom;
		}

		/**
		 * The title in size 2, centred, wrapped into a trapezoid (longer lines first); an opening bracket
		 * never ends a line and closing punctuation never starts one. Returns its last line.
		 */
		private int title(int line) throws IOException {
			List<String> parts = titleLines(sheet.title());
			for (int i = 0; i < parts.size(); i++) {
				centred(FontRole.XIAOBIAOSONG, SIZE2, parts.get(i), baseline(line + i, SIZE2), SIZE2, false);
			}
			return line + parts.size() - 1;
		}

		// ------------------------------------------------------------ the flow		// ------------------------------------------------------------ the flow

		private Row blank() {
			return new Row(List.of(), null, false);
		}

		private List<Row> bodyRows(Body body) throws IOException {
			List<Row> rows = new ArrayList<>();
			for (Body.Block b : body.blocks()) {
				switch (b.kind()) {
					case HEADING1 -> rows.addAll(wrap(FontRole.HEITI, SIZE3, CHAR, b.text(), 2 * CHAR, 0));
					case HEADING2 -> rows.addAll(wrap(FontRole.KAITI, SIZE3, CHAR, b.text(), 2 * CHAR, 0));
					case TABLE -> rows.addAll(table(b.rows()));
					default -> rows.addAll(wrap(FontRole.FANGSONG, SIZE3, CHAR, b.text(), 2 * CHAR, 0));
				}
			}
			return rows;
		}

		private List<Row> table(@Nullable List<List<String>> cells) throws IOException {
			List<Row> rows = new ArrayList<>();
			if (cells == null) {
				return rows;
			}
			int columns = cells.stream().mapToInt(List::size).max().orElse(1);
			float cellW = AREA_W / columns;
			float[] edges = new float[columns + 1];
			for (int c = 0; c <= columns; c++) {
				edges[c] = LEFT + c * cellW;
			}
			for (List<String> r : cells) {
				List<Span> spans = new ArrayList<>();
				for (int c = 0; c < r.size(); c++) {
					String cell = r.get(c);
					float size = Math.min(SIZE3, (cellW - 2) / Math.max(1, cell.length()));
					float w = width(FontRole.FANGSONG, size, cell, size);
					spans.add(new Span(FontRole.FANGSONG, size, cell, edges[c] + (cellW - w) / 2, false));
				}
				rows.add(new Row(spans, edges, false));
			}
			return rows;
		}

		private List<Row> attachmentList() throws IOException {
			List<Row> rows = new ArrayList<>();
			List<Sheet.Attachment> list = sheet.attachments();
			float label = width(FontRole.FANGSONG, SIZE3, "附件：", CHAR);
			for (int i = 0; i < list.size(); i++) {
				String name = (list.size() == 1 ? "" : (i + 1) + ".") + list.get(i).title();
				List<Row> wrapped = wrap(FontRole.FANGSONG, SIZE3, CHAR, name, 2 * CHAR + label, 2 * CHAR + label + (list.size() == 1 ? 0
						: width(FontRole.FANGSONG, SIZE3, (i + 1) + ".", CHAR)));
				if (i == 0) {
					Row first = wrapped.getFirst();
					List<Span> spans = new ArrayList<>(first.spans());
					spans.addFirst(new Span(FontRole.FANGSONG, SIZE3, "附件：", LEFT + 2 * CHAR, false));
					wrapped.set(0, new Row(spans, null, false));
				}
				rows.addAll(wrapped);
			}
			return rows;
		}

		private List<Row> attendance(Sheet.Minutes m) throws IOException {
			List<Row> rows = new ArrayList<>();
			String[][] parts = { { "出席", m.present() }, { "请假", m.onLeave() }, { "列席", m.attending() } };
			for (String[] p : parts) {
				if (p[1] == null || p[1].isBlank()) {
					continue;
				}
				float label = width(FontRole.HEITI, SIZE3, p[0] + "：", CHAR);
				List<Row> wrapped = wrap(FontRole.FANGSONG, SIZE3, CHAR, p[1].strip(), 2 * CHAR + label, 2 * CHAR + label);
				List<Span> spans = new ArrayList<>(wrapped.getFirst().spans());
				spans.addFirst(new Span(FontRole.HEITI, SIZE3, p[0] + "：", LEFT + 2 * CHAR, false));
				wrapped.set(0, new Row(spans, null, false));
				rows.addAll(wrapped);
			}
			return rows;
		}

		/**
		 * Breaks a text into grid lines: the first line starts {@code firstIndent} in, the others
		 * {@code restIndent}; closing punctuation never starts a line (it hangs at the end of the one before).
		 */
		private List<Row> wrap(FontRole role, float size, float pitch, String text, float firstIndent, float restIndent) throws IOException {
			List<Row> rows = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			float indent = firstIndent;
			float used = 0;
			int i = 0;
			while (i < text.length()) {
				int cp = text.codePointAt(i);
				String ch = new String(Character.toChars(cp));
				float w = advance(role, size, cp, pitch);
				if (used + w > AREA_W - indent + 0.5f && current.length() > 0 && CLOSING.indexOf(cp) < 0) {
					rows.add(Row.of(new Span(role, size, current.toString(), LEFT + indent, false)));
					current.setLength(0);
					indent = restIndent;
					used = 0;
				}
				current.append(ch);
				used += w;
				i += Character.charCount(cp);
			}
			if (current.length() > 0 || rows.isEmpty()) {
				rows.add(Row.of(new Span(role, size, current.toString(), LEFT + indent, false)));
			}
			return rows;
		}

		/**
		 * Places rows line by line from {@code line}, breaking pages at the end of the text area. When the
		 * block that must follow ({@code keep} lines) does not fit after the last row, the last two rows
		 * move to the next page with it: no page carries only the seal and the date. Returns {page, last line}.
		 */
		private int[] flow(List<Row> rows, int line, int keep) throws IOException {
			int[] at = { page, line - 1 };
			int lastOnPage = line - 1;
			List<int[]> positions = new ArrayList<>();
			int p = page;
			int l = line;
			for (Row row : rows) {
				if (l > LINES) {
					p++;
					l = 1;
				}
				positions.add(new int[] { p, l });
				lastOnPage = l;
				l++;
			}
			if (keep > 0 && !rows.isEmpty() && lastOnPage + keep > LINES) {
				int move = Math.min(2, rows.size());
				int from = rows.size() - move;
				int np = positions.get(from)[0] + 1;
				for (int k = 0; k < move; k++) {
					positions.set(from + k, new int[] { np, 1 + k });
				}
			}
			for (int k = 0; k < rows.size(); k++) {
				int[] pos = positions.get(k);
				while (page < pos[0]) {
					newPage();
				}
				drawRow(rows.get(k), pos[1]);
				at = pos;
			}
			return at;
		}

		private int[] place(List<Row> rows, int line) throws IOException {
			return flow(rows, line, 0);
		}

		private void drawRow(Row row, int line) throws IOException {
			for (Span s : row.spans()) {
				text(s.role(), s.size(), s.text(), s.x(), baseline(line, s.size()), s.role() == FontRole.XIAOBIAOSONG ? s.size()
						: s.size() == SIZE3 ? CHAR : s.size(), s.red());
			}
			if (row.tableColumns() != null) {
				float top = lineTop(line);
				float[] edges = row.tableColumns();
				rule(LEFT, top, AREA_W, 0.5f, false);
				rule(LEFT, top + PITCH, AREA_W, 0.5f, false);
				for (float x : edges) {
					vertical(x, top, PITCH);
				}
			}
		}

		// ------------------------------------------------------------ signature, attachments, colophon

		private int signatureLines() {
			if (sheet.layout() == DocumentType.Layout.MINUTES) {
				return 0;
			}
			return sheet.sealed() ? 5 : 3 + sheet.organNames().size() - 1;
		}

		/** The organ's signature and the date (with the seal over both), after the last row; returns the last line used. */
		private int signature(int last) throws IOException {
			if (sheet.layout() == DocumentType.Layout.MINUTES) {
				return last;
			}
			String date = Sheet.date(sheet.writtenOn());
			float dateW = width(FontRole.FANGSONG, SIZE3, date, CHAR);
			if (sheet.layout() == DocumentType.Layout.ORDER && sheet.signerLine() != null) {
				float w = width(FontRole.FANGSONG, SIZE3, sheet.signerLine(), CHAR);
				text(FontRole.FANGSONG, SIZE3, sheet.signerLine(), RIGHT - 4 * CHAR - w, baseline(last + 2, SIZE3), CHAR, false);
				text(FontRole.FANGSONG, SIZE3, date, RIGHT - 4 * CHAR - dateW, baseline(last + 3, SIZE3), CHAR, false);
				return last + 3;
			}
			List<String> names = sheet.organNames();
			if (sheet.sealed()) {
				int nameLine = last + 3 - (names.size() - 1);
				int dateLine = last + 4;
				float dateX = RIGHT - 4 * CHAR - dateW;
				float centre = dateX + dateW / 2;
				for (int i = 0; i < names.size(); i++) {
					float w = width(FontRole.FANGSONG, SIZE3, names.get(i), CHAR);
					text(FontRole.FANGSONG, SIZE3, names.get(i), centre - w / 2, baseline(nameLine + i, SIZE3), CHAR, false);
				}
				text(FontRole.FANGSONG, SIZE3, date, dateX, baseline(dateLine, SIZE3), CHAR, false);
				// the seal's top touches the line after the text; the name and date sit below its centre
				float sealTop = lineTop(last + 1);
				if (sheet.sealImage() != null) {
					sealImage(centre, sealTop + SEAL_DIAMETER / 2, sheet.sealImage());
				}
				else {
					seal(centre, sealTop + SEAL_DIAMETER / 2, names.getFirst());
				}
				return dateLine;
			}
			int nameLine = last + 2;
			float nameW = names.stream().map(n -> safeWidth(FontRole.FANGSONG, SIZE3, n, CHAR)).max(Float::compare).orElse(0f);
			float nameX = RIGHT - 2 * CHAR - nameW;
			float dateX = nameX + 2 * CHAR;
			if (dateX + dateW > RIGHT - 2 * CHAR) {
				dateX = RIGHT - 2 * CHAR - dateW;
				nameX = dateX - 2 * CHAR;
			}
			for (int i = 0; i < names.size(); i++) {
				text(FontRole.FANGSONG, SIZE3, names.get(i), nameX, baseline(nameLine + i, SIZE3), CHAR, false);
			}
			int dateLine = nameLine + names.size();
			text(FontRole.FANGSONG, SIZE3, date, dateX, baseline(dateLine, SIZE3), CHAR, false);
			return dateLine;
		}

		private int attachment(int index, Sheet.Attachment a) throws IOException {
			newPage();
			String label = sheet.attachments().size() == 1 ? "附件" : "附件" + (index + 1);
			text(FontRole.HEITI, SIZE3, label, LEFT, baseline(1, SIZE3), CHAR, false);
			int line = 3;
			int perLine = (int) (AREA_W / SIZE2);
			String t = a.title();
			for (int start = 0; start < t.length(); start += perLine) {
				centred(FontRole.XIAOBIAOSONG, SIZE2, t.substring(start, Math.min(t.length(), start + perLine)), baseline(line++, SIZE2), SIZE2, false);
			}
			return place(bodyRows(a.body()), line + 1)[1];
		}

		/**
		 * The colophon (版记) on the last page, its last line on the last line of the text area: 抄送 indented
		 * one character, the printing organ and date on the last line, thick first and last rules, thin ones
		 * between. A letter has only the copied-to line, without rules.
		 */
		private void colophon(int last) throws IOException {
			boolean letter = sheet.layout() == DocumentType.Layout.LETTER;
			List<Row> copies = new ArrayList<>();
			if (!sheet.copiedTo().isEmpty()) {
				float label = width(FontRole.FANGSONG, SIZE4, "抄送：", SIZE4);
				List<Row> wrapped = wrap(FontRole.FANGSONG, SIZE4, SIZE4, String.join("，", sheet.copiedTo()) + "。", SIZE4 + label, SIZE4 + label);
				List<Span> spans = new ArrayList<>(wrapped.getFirst().spans());
				spans.addFirst(new Span(FontRole.FANGSONG, SIZE4, "抄送：", LEFT + SIZE4, false));
				wrapped.set(0, new Row(spans, null, false));
				copies.addAll(wrapped);
			}
			int needed = copies.size() + (letter ? 0 : 1);
			if (needed == 0) {
				return;
			}
			if (last + 1 + needed > LINES) {
				newPage();
			}
			int first = LINES - needed + 1;
			for (int i = 0; i < copies.size(); i++) {
				for (Span s : copies.get(i).spans()) {
					text(s.role(), SIZE4, s.text(), s.x(), baseline(first + i, SIZE4), SIZE4, false);
				}
			}
			if (letter) {
				return;
			}
			String printed = Sheet.date(sheet.printedOn()) + "印发";
			text(FontRole.FANGSONG, SIZE4, sheet.printingOrgan(), LEFT + SIZE4, baseline(LINES, SIZE4), SIZE4, false);
			float w = width(FontRole.FANGSONG, SIZE4, printed, SIZE4);
			text(FontRole.FANGSONG, SIZE4, printed, RIGHT - SIZE4 - w, baseline(LINES, SIZE4), SIZE4, false);
			centredRule(lineTop(first), THICK_RULE);
			if (!copies.isEmpty()) {
				centredRule(lineTop(LINES), THIN_RULE);
			}
			centredRule(TOP + AREA_H, THICK_RULE);
		}

		/** — N — in size 4 SongTi, 7 mm below the text area: odd pages right, even pages left, one character in. */
		private void pageNumbers() throws IOException {
			for (int i = 0; i < streams.size(); i++) {
				if (i == 0 && sheet.layout() == DocumentType.Layout.LETTER) {
					continue;
				}
				page = i;
				String number = "— " + (i + 1) + " —";
				float w = width(FontRole.SONGTI, SIZE4, number, 0);
				float base = TOP + AREA_H + 7 * MM + ASCENT * SIZE4;
				float x = (i + 1) % 2 == 1 ? RIGHT - SIZE4 - w : LEFT + SIZE4;
				text(FontRole.SONGTI, SIZE4, number, x, base, 0, false);
			}
		}

		// ------------------------------------------------------------ drawing

		private void newPage() throws IOException {
			PDPage p = new PDPage(new PDRectangle(PAGE_W, PAGE_H));
			doc.addPage(p);
			streams.add(new PDPageContentStream(doc, p));
			page = streams.size() - 1;
		}

		private PDPageContentStream cs() {
			return streams.get(page);
		}

		private PDType0Font font(FontRole role) throws IOException {
			return font(new Face(role, false));
		}

		private PDType0Font font(Face face) throws IOException {
			PDType0Font f = loaded.get(face);
			if (f == null) {
				f = PDType0Font.load(doc, fonts.font(face.role(), face.full()), true);
				loaded.put(face, f);
			}
			return f;
		}

		/**
		 * The face that has a glyph for the character: the role's common characters, then any role's, then
		 * the role's whole font, then any whole font.
		 */
		private Face roleFor(FontRole role, int cp) throws IOException {
			for (boolean full : new boolean[] { false, true }) {
				if (glyph(new Face(role, full), cp) > 0) {
					return new Face(role, full);
				}
				for (FontRole other : FontRole.values()) {
					if (glyph(new Face(other, full), cp) > 0) {
						return new Face(other, full);
					}
				}
			}
			return new Face(role, false);
		}

		private int glyph(Face face, int cp) throws IOException {
			return fonts.font(face.role(), face.full()).getUnicodeCmapLookup().getGlyphId(cp);
		}

		/** How far one character moves the pen: full-width glyphs advance exactly by the pitch (when given). */
		private float advance(FontRole role, float size, int cp, float pitch) throws IOException {
			float glyph = widthOf(roleFor(role, cp), cp) * size / 1000;
			return pitch > 0 ? glyph + (pitch - size) : glyph;
		}

		/** The advance of a character in thousandths of an em ('?' stands in for a character no font has). */
		private float widthOf(Face face, int cp) throws IOException {
			var font = fonts.font(face.role(), face.full());
			int gid = glyph(face, cp);
			if (gid <= 0) {
				gid = glyph(face, '?');
			}
			return font.getAdvanceWidth(gid) * 1000f / font.getUnitsPerEm();
		}

		private float safeWidth(FontRole role, float size, String text, float pitch) {
			try {
				return width(role, size, text, pitch);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** The drawn width of a text: the advances without the spacing after the last glyph. */
		private float width(FontRole role, float size, String text, float pitch) throws IOException {
			float w = 0;
			for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
				w += advance(role, size, text.codePointAt(i), pitch);
			}
			return pitch > 0 && !text.isEmpty() ? w - (pitch - size) : w;
		}

		private void centred(FontRole role, float size, String text, float base, float pitch, boolean red) throws IOException {
			float w = width(role, size, text, pitch);
			text(role, size, text, LEFT + (AREA_W - w) / 2, base, pitch, red);
		}

		/**
		 * Draws a text from x on a baseline (from the top), character by character in runs of one font;
		 * full-width characters advance by the pitch through the character spacing. 小标宋 is drawn
		 * filled and stroked, for its weight.
		 */
		private void text(FontRole role, float size, String text, float x, float base, float pitch, boolean red) throws IOException {
			if (text.isEmpty()) {
				return;
			}
			PDPageContentStream cs = cs();
			float spacing = pitch > 0 ? pitch - size : 0;
			float pen = x;
			int i = 0;
			while (i < text.length()) {
				Face runRole = roleFor(role, text.codePointAt(i));
				PDType0Font f = font(runRole);
				StringBuilder run = new StringBuilder();
				float runW = 0;
				while (i < text.length()) {
					int c = text.codePointAt(i);
					if (!roleFor(role, c).equals(runRole)) {
						break;
					}
					run.appendCodePoint(glyph(runRole, c) > 0 ? c : '?');
					runW += widthOf(runRole, c) * size / 1000 + spacing;
					i += Character.charCount(c);
				}
				cs.beginText();
				cs.setFont(f, size);
				cs.setCharacterSpacing(spacing);
				if (red) {
					cs.setNonStrokingColor(0.902f, 0f, 0.071f);
					cs.setStrokingColor(0.902f, 0f, 0.071f);
				}
				else {
					cs.setNonStrokingColor(0f, 0f, 0f);
					cs.setStrokingColor(0f, 0f, 0f);
				}
				if (role == FontRole.XIAOBIAOSONG) {
					cs.setRenderingMode(RenderingMode.FILL_STROKE);
					cs.setLineWidth(size * 0.035f);
				}
				else {
					cs.setRenderingMode(RenderingMode.FILL);
				}
				cs.newLineAtOffset(pen, PAGE_H - base);
				cs.showText(run.toString());
				cs.endText();
				pen += runW;
			}
		}

		/** A filled rule from its top edge. */
		private void rule(float x, float top, float width, float thickness, boolean red) throws IOException {
			PDPageContentStream cs = cs();
			if (red) {
				cs.setNonStrokingColor(0.902f, 0f, 0.071f);
			}
			else {
				cs.setNonStrokingColor(0f, 0f, 0f);
			}
			cs.addRect(x, PAGE_H - top - thickness, width, thickness);
			cs.fill();
		}

		/** A black rule of the text area's width, centred on a line boundary. */
		private void centredRule(float y, float thickness) throws IOException {
			rule(LEFT, y - thickness / 2, AREA_W, thickness, false);
		}

		private void vertical(float x, float top, float height) throws IOException {
			PDPageContentStream cs = cs();
			cs.setNonStrokingColor(0f, 0f, 0f);
			cs.addRect(x - 0.25f, PAGE_H - top - height, 0.5f, height);
			cs.fill();
		}

		/** The letter's red double rule, 170 mm long and centred on the page: thick over thin at the top, thin over thick at the bottom. */
		private void doubleRule(float top, boolean thickFirst) throws IOException {
			float x = (PAGE_W - 170 * MM) / 2;
			float thick = 0.8f * MM;
			float thin = 0.3f * MM;
			rule(x, top, 170 * MM, thickFirst ? thick : thin, true);
			rule(x, top + (thickFirst ? thick : thin) + 0.4f * MM, 170 * MM, thickFirst ? thin : thick, true);
		}

		/** The organ's own seal image, 42 mm across, centred on the point, pressed over the text beneath. */
		private void sealImage(float cx, float cyTop, byte[] png) throws IOException {
			var image = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(doc, png, "seal");
			float height = SEAL_DIAMETER * image.getHeight() / Math.max(1, image.getWidth());
			PDPageContentStream cs = cs();
			cs.saveGraphicsState();
			PDExtendedGraphicsState alpha = new PDExtendedGraphicsState();
			alpha.setNonStrokingAlphaConstant(0.9f);
			cs.setGraphicsStateParameters(alpha);
			cs.drawImage(image, cx - SEAL_DIAMETER / 2, PAGE_H - cyTop - height / 2, SEAL_DIAMETER, height);
			cs.restoreGraphicsState();
		}

		/** The issuing organ's seal: a red ring, a star, the organ's name along the upper arc. */
		private void seal(float cx, float cyTop, String organ) throws IOException {
			PDPageContentStream cs = cs();
			cs.saveGraphicsState();
			PDExtendedGraphicsState alpha = new PDExtendedGraphicsState();
			alpha.setNonStrokingAlphaConstant(0.85f);
			alpha.setStrokingAlphaConstant(0.85f);
			cs.setGraphicsStateParameters(alpha);
			float cy = PAGE_H - cyTop;
			float r = SEAL_DIAMETER / 2 - 0.6f * MM;
			cs.setStrokingColor(0.902f, 0f, 0.071f);
			cs.setNonStrokingColor(0.902f, 0f, 0.071f);
			cs.setLineWidth(1.2f * MM);
			float k = 0.5523f * r;
			cs.moveTo(cx, cy + r);
			cs.curveTo(cx + k, cy + r, cx + r, cy + k, cx + r, cy);
			cs.curveTo(cx + r, cy - k, cx + k, cy - r, cx, cy - r);
			cs.curveTo(cx - k, cy - r, cx - r, cy - k, cx - r, cy);
			cs.curveTo(cx - r, cy + k, cx - k, cy + r, cx, cy + r);
			cs.closeAndStroke();
			float star = 5f * MM;
			for (int i = 0; i < 10; i++) {
				double a = Math.PI / 2 + i * Math.PI / 5;
				float rr = i % 2 == 0 ? star : star * 0.382f;
				float px = cx + (float) (rr * Math.cos(a));
				float py = cy + (float) (rr * Math.sin(a));
				if (i == 0) {
					cs.moveTo(px, py);
				}
				else {
					cs.lineTo(px, py);
				}
			}
			cs.closePath();
			cs.fill();
			int n = organ.length();
			float size = Math.min(5.5f * MM, (float) (Math.PI * 1.3 * (r - 4 * MM) / Math.max(1, n)));
			double span = Math.min(Math.toRadians(250), n * (size * 1.15) / (r - 4 * MM));
			float radius = r - 1.2f * MM - size * 0.6f;
			PDType0Font f = font(FontRole.XIAOBIAOSONG);
			for (int i = 0; i < n; i++) {
				double theta = n == 1 ? 0 : -span / 2 + span * i / (n - 1);
				float px = cx + (float) (radius * Math.sin(theta));
				float py = cy + (float) (radius * Math.cos(theta));
				double rot = -theta;
				// the glyph's centre sits on the arc: its origin is the centre less the rotated half-width and em-box middle
				float vx = size / 2;
				float vy = (ASCENT - 0.5f) * size;
				float ox = px - (float) (Math.cos(rot) * vx - Math.sin(rot) * vy);
				float oy = py - (float) (Math.sin(rot) * vx + Math.cos(rot) * vy);
				cs.beginText();
				cs.setFont(f, size);
				cs.setCharacterSpacing(0);
				cs.setRenderingMode(RenderingMode.FILL);
				cs.setTextMatrix(Matrix.getRotateInstance(rot, ox, oy));
				cs.showText(organ.substring(i, i + 1));
				cs.endText();
			}
			cs.restoreGraphicsState();
		}
	}
}

package org.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.chancery.documents.PdfReadBack.Glyph;
import org.chancery.documents.PdfReadBack.Rect;
import org.junit.jupiter.api.Test;

/**
 * GB/T 9704 conformance (RULES.md §3): each format is drawn, read back from the PDF (glyph positions and
 * drawn rules) and every element is checked against the standard's positions, within ±0.5 mm and
 * ±0.5 pt. The expected values are computed here from the standard, not taken from the drawing code.
 */
class LayoutTests {

	static final float MM = PdfReadBack.MM;
	static final float TOLERANCE = 0.5f * MM;
	static final float LEFT = 28 * MM;
	static final float TOP = 37 * MM;
	static final float WIDTH = 156 * MM;
	static final float HEIGHT = 225 * MM;
	static final float RIGHT = LEFT + WIDTH;
	static final float LINE = HEIGHT / 22;
	static final float CHAR = WIDTH / 28;
	/** The middle of the text area (not of the page: the binding margin is wider). */
	static final float CENTRE = LEFT + WIDTH / 2;

	static final Typesetting TYPESETTING = LayoutSamples.typesetting();

	static PdfReadBack draw(Sheet sheet) {
		return new PdfReadBack(TYPESETTING.render(sheet));
	}

	/** The middle of grid line n (from 1). */
	static float lineCentre(int n) {
		return TOP + (n - 0.5f) * LINE;
	}

	/** The grid line a glyph sits on (its em box centred in it). */
	static int lineOf(Glyph g) {
		int n = Math.round((g.emCentre() - TOP) / LINE + 0.5f);
		assertThat(g.emCentre()).as("\"%s\" sits on grid line %d", g.text(), n).isCloseTo(lineCentre(n), within(TOLERANCE));
		return n;
	}

	/** The first grid line whose top is at or below y. */
	static int firstLineBelow(float y) {
		return (int) Math.ceil((y - TOP) / LINE - 1e-3) + 1;
	}

	static void onLine(List<Glyph> text, int line) {
		text.forEach(g -> assertThat(g.emCentre()).as("\"%s\" on line %d", g.text(), line).isCloseTo(lineCentre(line), within(TOLERANCE)));
	}

	static void size(List<Glyph> text, float pt) {
		text.forEach(g -> assertThat(g.size()).as("size of \"%s\"", g.text()).isCloseTo(pt, within(0.5f)));
	}

	static void font(List<Glyph> text, String family) {
		text.forEach(g -> assertThat(g.font()).as("font of \"%s\"", g.text()).contains(family));
	}

	static float left(List<Glyph> text) {
		return text.getFirst().x();
	}

	static float right(List<Glyph> text) {
		return text.getLast().right();
	}

	static float middle(List<Glyph> text) {
		return (left(text) + right(text)) / 2;
	}

	/** Glyphs grouped by the line they are drawn on, top to bottom. */
	static List<List<Glyph>> lines(List<Glyph> glyphs) {
		return new java.util.ArrayList<>(glyphs.stream().collect(java.util.stream.Collectors.groupingBy(g -> Math.round(g.baseline()),
				java.util.TreeMap::new, java.util.stream.Collectors.toList())).values());
	}

	static Rect ruleAt(PdfReadBack pdf, int page, float width, float near) {
		return pdf.rects.stream().filter(r -> r.page() == page && Math.abs(r.width() - width) < TOLERANCE && Math.abs(r.top() - near) < 5 * MM)
			.findFirst().orElseThrow(() -> new AssertionError("no rule " + width / MM + " mm wide near " + near / MM + " mm on page " + page));
	}

	static final String FANGSONG = "UMing";
	static final String HEITI = "ZenHei";
	static final String KAITI = "UKai";

	@Test
	void upwardDocumentWithSigners() {
		PdfReadBack pdf = draw(LayoutSamples.up());
		// urgency on line 1, flush left, HeiTi size 3
		List<Glyph> urgency = pdf.find(1, "特急");
		onLine(urgency, 1);
		assertThat(left(urgency)).isCloseTo(LEFT, within(TOLERANCE));
		font(urgency, HEITI);
		size(urgency, 16);
		// the organ mark: top edge 35 mm below the top of the text area, centred
		List<Glyph> mark = pdf.find(1, "中共中央办公厅调研室文件");
		assertThat(mark.getFirst().emTop()).isCloseTo(TOP + 35 * MM, within(TOLERANCE));
		assertThat(middle(mark)).isCloseTo(CENTRE, within(TOLERANCE));
		// signers two blank lines below the mark, one character in from the right; the number aligns with the last
		int first = firstLineBelow(mark.getFirst().emBottom()) + 2;
		List<Glyph> signer1 = pdf.find(1, "签发人：王振华");
		List<Glyph> signer2 = pdf.find(1, "签发人：李国强");
		onLine(signer1, first);
		onLine(signer2, first + 1);
		assertThat(right(signer1)).isCloseTo(RIGHT - CHAR, within(TOLERANCE));
		assertThat(right(signer2)).isCloseTo(RIGHT - CHAR, within(TOLERANCE));
		font(signer2.subList(0, 4), FANGSONG);
		font(signer2.subList(4, 7), KAITI);
		List<Glyph> reference = pdf.find(1, "中办调呈〔2026〕12号");
		onLine(reference, first + 1);
		assertThat(left(reference)).isCloseTo(LEFT + CHAR, within(TOLERANCE));
		// the red rule 4 mm below the reference number, as wide as the text area
		Rect red = ruleAt(pdf, 1, WIDTH, reference.getFirst().emBottom() + 4 * MM);
		assertThat(red.top()).isCloseTo(reference.getFirst().emBottom() + 4 * MM, within(TOLERANCE));
		assertThat(red.x()).isCloseTo(LEFT, within(TOLERANCE));
		// the title two blank lines below the rule, size 2, centred, wrapped
		int titleLine = firstLineBelow(red.top() + red.height()) + 2;
		List<List<Glyph>> title = lines(pdf.find(1, "中共中央办公厅调研室关于开展年度重点课题调研工作的请示"));
		assertThat(title).hasSize(2);
		onLine(title.get(0), titleLine);
		onLine(title.get(1), titleLine + 1);
		size(title.get(0), 22);
		title.forEach(line -> assertThat(middle(line)).isCloseTo(CENTRE, within(TOLERANCE)));
		assertThat(title.get(0).size()).as("a trapezoid: the longer line first").isGreaterThanOrEqualTo(title.get(1).size());
		// main recipient one blank line below, flush left, with a full-width colon; the body follows
		List<Glyph> recipients = pdf.find(1, "中共中央办公厅：");
		onLine(recipients, titleLine + 3);
		assertThat(left(recipients)).isCloseTo(LEFT, within(TOLERANCE));
		List<Glyph> heading = pdf.find(1, "一、总体要求");
		onLine(heading, titleLine + 4);
		assertThat(left(heading)).isCloseTo(LEFT + 2 * CHAR, within(TOLERANCE));
		font(heading, HEITI);
		// paragraphs: indented two characters, 28 characters a line
		List<Glyph> paragraph = pdf.find(1, "各单位要深入学习贯彻有关会议精神");
		assertThat(left(paragraph)).isCloseTo(LEFT + 2 * CHAR, within(TOLERANCE));
		for (int i = 1; i < paragraph.size(); i++) {
			assertThat(paragraph.get(i).x() - paragraph.get(i - 1).x()).isCloseTo(CHAR, within(0.1f * MM));
		}
		List<Glyph> secondLine = pdf.find(1, "把调查研究作为做好各项工作的基本功");
		assertThat(left(secondLine)).isCloseTo(LEFT, within(TOLERANCE));
		assertThat(lineOf(secondLine.getFirst())).isEqualTo(lineOf(paragraph.getFirst()) + 1);
		font(pdf.find(1, "（一）明确工作重点"), KAITI);
		// the page number, 7 mm below the text area: odd pages right, one character in
		List<Glyph> number = pdf.find(1, "— 1 —");
		assertThat(number.getFirst().emTop()).isCloseTo(TOP + HEIGHT + 7 * MM, within(TOLERANCE));
		assertThat(right(number)).isCloseTo(RIGHT - 14, within(TOLERANCE));
		size(number, 14);
		int last = pdf.pages;
		List<Glyph> even = pdf.find(2, "— 2 —");
		assertThat(left(even)).isCloseTo(LEFT + 14, within(TOLERANCE));
		// the date four characters from the right, the organ centred above it, the note on the line after
		int signaturePage = pdf.pageOf("2026年11月27日");
		List<Glyph> date = pdf.find(signaturePage, "2026年11月27日");
		assertThat(right(date)).isCloseTo(RIGHT - 4 * CHAR, within(TOLERANCE));
		List<Glyph> organ = pdf.find(signaturePage, "中共中央办公厅调研室");
		assertThat(middle(organ)).isCloseTo(middle(date), within(TOLERANCE));
		assertThat(lineOf(date.getFirst())).isEqualTo(lineOf(organ.getFirst()) + 1);
		List<Glyph> note = pdf.find(signaturePage, "（联系人");
		assertThat(lineOf(note.getFirst())).isEqualTo(lineOf(date.getFirst()) + 1);
		assertThat(left(note)).isCloseTo(LEFT + 2 * CHAR, within(TOLERANCE));
		// no page carries only the seal and the date: text of the body stands above them
		assertThat(pdf.glyphs.stream().filter(g -> g.page() == signaturePage).map(Glyph::emCentre).min(Float::compare).orElseThrow())
			.isLessThan(organ.getFirst().emCentre() - 2 * LINE);
		colophon(pdf, last, true);
	}

	/** The colophon on the last page: its last line on the last line of the text area, thick first and last rules, a thin one between. */
	static void colophon(PdfReadBack pdf, int page, boolean copies) {
		List<Glyph> printer = pdf.find(page, "中共中央办公厅秘书局");
		List<Glyph> printed = pdf.find(page, "2026年11月27日印发");
		onLine(printer, 22);
		onLine(printed, 22);
		size(printed, 14);
		assertThat(left(printer)).isCloseTo(LEFT + 14, within(TOLERANCE));
		assertThat(right(printed)).isCloseTo(RIGHT - 14, within(TOLERANCE));
		Rect bottom = ruleAt(pdf, page, WIDTH, TOP + HEIGHT);
		assertThat(bottom.top() + bottom.height() / 2).isCloseTo(TOP + HEIGHT, within(TOLERANCE));
		assertThat(bottom.height()).isCloseTo(0.35f * MM, within(0.05f * MM));
		if (copies) {
			List<Glyph> copied = pdf.find(page, "抄送：");
			onLine(copied, 21);
			assertThat(left(copied)).isCloseTo(LEFT + 14, within(TOLERANCE));
			Rect top = ruleAt(pdf, page, WIDTH, TOP + 20 * LINE);
			assertThat(top.top() + top.height() / 2).isCloseTo(TOP + 20 * LINE, within(TOLERANCE));
			assertThat(top.height()).isCloseTo(0.35f * MM, within(0.05f * MM));
			Rect thin = ruleAt(pdf, page, WIDTH, TOP + 21 * LINE);
			assertThat(thin.top() + thin.height() / 2).isCloseTo(TOP + 21 * LINE, within(TOLERANCE));
			assertThat(thin.height()).isCloseTo(0.25f * MM, within(0.05f * MM));
		}
	}

	@Test
	void downwardDocumentCentresItsReferenceNumber() {
		PdfReadBack pdf = draw(LayoutSamples.down());
		List<Glyph> mark = pdf.find(1, "中共中央办公厅文件");
		assertThat(mark.getFirst().emTop()).isCloseTo(TOP + 35 * MM, within(TOLERANCE));
		List<Glyph> reference = pdf.find(1, "中办发〔2026〕3号");
		onLine(reference, firstLineBelow(mark.getFirst().emBottom()) + 2);
		assertThat(middle(reference)).isCloseTo(CENTRE, within(TOLERANCE));
		assertThat(pdf.has(1, "签发人")).isFalse();
		List<Glyph> recipients = pdf.find(1, "调研室，秘书局，法规局：");
		assertThat(left(recipients)).isCloseTo(LEFT, within(TOLERANCE));
		colophon(pdf, pdf.pages, true);
	}

	@Test
	void jointDocumentStacksTheOrgansWithWenjianOnTheRight() {
		PdfReadBack pdf = draw(LayoutSamples.joint());
		List<Glyph> lead = pdf.find(1, "中共中央办公厅调研室");
		List<Glyph> other = pdf.find(1, "中共中央办公厅法规局");
		List<Glyph> suffix = pdf.find(1, "文件");
		assertThat(lead.getFirst().emTop()).isCloseTo(TOP + 35 * MM, within(TOLERANCE));
		assertThat(other.getFirst().baseline()).isGreaterThan(lead.getFirst().baseline());
		assertThat(left(suffix)).isGreaterThan(right(lead));
		float blockMiddle = (lead.getFirst().emTop() + other.getFirst().emBottom()) / 2;
		assertThat(suffix.getFirst().emCentre()).isCloseTo(blockMiddle, within(TOLERANCE));
		assertThat((left(lead) + right(suffix)) / 2).isCloseTo(CENTRE, within(TOLERANCE));
		// both organs sign above the date
		int page = pdf.pageOf("2026年11月27日");
		assertThat(pdf.has(page, "中共中央办公厅调研室") && pdf.has(page, "中共中央办公厅法规局")).isTrue();
	}

	@Test
	void classifiedDocumentCarriesItsCopyNumberMarkingAndUrgency() {
		PdfReadBack pdf = draw(LayoutSamples.classified("000001"));
		List<Glyph> copy = pdf.find(1, "000001");
		onLine(copy, 1);
		assertThat(left(copy)).isCloseTo(LEFT, within(TOLERANCE));
		size(copy, 16);
		List<Glyph> marking = pdf.find(1, "机密★5年");
		onLine(marking, 2);
		assertThat(left(marking)).isCloseTo(LEFT, within(TOLERANCE));
		font(marking.subList(0, 2), HEITI);
		List<Glyph> urgency = pdf.find(1, "加急");
		onLine(urgency, 3);
		font(urgency, HEITI);
		assertThat(draw(LayoutSamples.classified("000002")).has(1, "000002")).isTrue();
	}

	@Test
	void letterFormat() {
		PdfReadBack pdf = draw(LayoutSamples.letter());
		List<Glyph> mark = pdf.find(1, "中共中央办公厅");
		assertThat(mark.getFirst().emTop()).isCloseTo(30 * MM, within(TOLERANCE));
		assertThat(middle(mark)).isCloseTo(CENTRE, within(TOLERANCE));
		List<Rect> red = pdf.rects.stream().filter(r -> r.page() == 1 && Math.abs(r.width() - 170 * MM) < TOLERANCE).toList();
		assertThat(red).hasSize(4).allSatisfy(r -> assertThat(r.x()).isCloseTo(20 * MM, within(TOLERANCE)));
		assertThat(red.getFirst().top()).isCloseTo(mark.getFirst().emBottom() + 4 * MM, within(TOLERANCE));
		Rect lowest = red.stream().max(java.util.Comparator.comparing(Rect::top)).orElseThrow();
		assertThat(lowest.top() + lowest.height()).isCloseTo(297 * MM - 20 * MM, within(TOLERANCE));
		List<Glyph> reference = pdf.find(1, "中办函〔2026〕8号");
		assertThat(right(reference)).isCloseTo(RIGHT, within(TOLERANCE));
		assertThat(reference.getFirst().emTop()).isGreaterThan(red.get(1).top());
		assertThat(pdf.has(1, "— 1 —")).as("no page number on the first page of a letter").isFalse();
	}

	@Test
	void orderFormat() {
		PdfReadBack pdf = draw(LayoutSamples.order());
		List<Glyph> mark = pdf.find(1, "中共中央办公厅令");
		assertThat(mark.getFirst().emTop()).isCloseTo(TOP + 20 * MM, within(TOLERANCE));
		assertThat(middle(mark)).isCloseTo(CENTRE, within(TOLERANCE));
		List<Glyph> number = pdf.find(1, "第1号");
		onLine(number, firstLineBelow(mark.getFirst().emBottom()) + 2);
		assertThat(middle(number)).isCloseTo(CENTRE, within(TOLERANCE));
		List<Glyph> body = pdf.find(1, "一、总体要求");
		assertThat(lineOf(body.getFirst())).isEqualTo(lineOf(number.getFirst()) + 3);
	}

	@Test
	void minutesFormat() {
		PdfReadBack pdf = draw(LayoutSamples.minutes());
		List<Glyph> mark = pdf.find(1, "中共中央办公厅会议纪要");
		assertThat(mark.getFirst().emTop()).isCloseTo(TOP + 35 * MM, within(TOLERANCE));
		int page = pdf.pageOf("出席：");
		List<Glyph> present = pdf.find(page, "出席：");
		font(present, HEITI);
		assertThat(left(present)).isCloseTo(LEFT + 2 * CHAR, within(TOLERANCE));
		font(pdf.find(page, "王振华，李国强"), FANGSONG);
		font(pdf.find(pdf.pageOf("请假："), "请假："), HEITI);
		font(pdf.find(pdf.pageOf("列席："), "列席："), HEITI);
	}

	@Test
	void multiPageClassifiedDocumentWithAttachments() {
		PdfReadBack pdf = draw(LayoutSamples.long_("000003"));
		assertThat(pdf.pages).isGreaterThanOrEqualTo(5);
		onLine(pdf.find(1, "000003"), 1);
		// the attachment list one blank line below the body, indented two characters
		int listPage = pdf.pageOf("附件：1.年度重点工作安排");
		List<Glyph> list = pdf.find(listPage, "附件：1.年度重点工作安排");
		assertThat(left(list)).isCloseTo(LEFT + 2 * CHAR, within(TOLERANCE));
		List<Glyph> second = pdf.find(listPage, "2.任务分工表");
		assertThat(left(second)).isCloseTo(list.get(3).x(), within(TOLERANCE));
		// each attachment starts on a new page: 附件N on line 1 flush left, its title centred on line 3
		int first = pdf.pageOf("附件1");
		int other = pdf.pageOf("附件2");
		assertThat(first).isGreaterThan(pdf.pageOf("2026年11月27日"));
		assertThat(other).isGreaterThan(first);
		for (int page : new int[] { first, other }) {
			List<Glyph> label = pdf.find(page, page == first ? "附件1" : "附件2");
			onLine(label, 1);
			assertThat(left(label)).isCloseTo(LEFT, within(TOLERANCE));
			font(label.subList(0, 2), HEITI);
		}
		List<Glyph> title = pdf.find(first, "年度重点工作安排");
		onLine(title, 3);
		size(title, 22);
		assertThat(middle(title)).isCloseTo(CENTRE, within(TOLERANCE));
		// page numbers on every page, alternating sides
		for (int p = 1; p <= pdf.pages; p++) {
			List<Glyph> number = pdf.find(p, "— " + p + " —");
			if (p % 2 == 1) {
				assertThat(right(number)).isCloseTo(RIGHT - 14, within(TOLERANCE));
			}
			else {
				assertThat(left(number)).isCloseTo(LEFT + 14, within(TOLERANCE));
			}
		}
		colophon(pdf, pdf.pages, true);
		assertThat(pdf.pageOf("2026年11月27日印发")).isEqualTo(pdf.pages);
	}

	@Test
	void titlesNeverBreakInsideBracketPairs() {
		assertThat(Typesetting.titleLines("中共中央办公厅关于印发《年度重点工作安排》的通知")).allSatisfy(line -> {
			assertThat(line).doesNotEndWith("《");
			assertThat(line).doesNotStartWith("》");
		});
		assertThat(String.join("", Typesetting.titleLines("中共中央办公厅关于印发《年度重点工作安排》的通知")))
			.isEqualTo("中共中央办公厅关于印发《年度重点工作安排》的通知");
	}

	/** A red ring on transparency, as an office's seal image would be. */
	static byte[] sealPng() {
		var image = new java.awt.image.BufferedImage(400, 400, java.awt.image.BufferedImage.TYPE_INT_ARGB);
		var g = image.createGraphics();
		g.setColor(java.awt.Color.RED);
		g.setStroke(new java.awt.BasicStroke(14));
		g.drawOval(10, 10, 380, 380);
		g.dispose();
		var out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	@Test
	void anOrgansSealImageIsPressedOverItsSignatureAndDate() {
		Sheet drawn = LayoutSamples.down();
		Sheet sheet = new Sheet(drawn.layout(), drawn.copyNumber(), drawn.marking(), drawn.urgency(), drawn.organs(), drawn.markSuffix(),
				drawn.referenceNumber(), drawn.signers(), drawn.title(), drawn.mainRecipients(), drawn.body(), drawn.attachments(), drawn.organNames(),
				drawn.writtenOn(), true, drawn.note(), drawn.minutes(), drawn.signerLine(), drawn.copiedTo(), drawn.printingOrgan(), drawn.printedOn(),
				sealPng());
		PdfReadBack pdf = draw(sheet);
		int page = pdf.pageOf("2026年11月27日");
		List<Glyph> date = pdf.find(page, "2026年11月27日");
		PdfReadBack.Image seal = pdf.images.stream().filter(i -> i.page() == page).findFirst().orElseThrow();
		assertThat(seal.width()).isCloseTo(42 * MM, within(TOLERANCE));
		assertThat(seal.x() + seal.width() / 2).isCloseTo(middle(date), within(TOLERANCE));
		// the seal's top within one line of the text above; the date below its centre
		float lastText = pdf.glyphs.stream().filter(g -> g.page() == page && g.emBottom() < seal.top() + LINE).map(Glyph::emBottom).max(Float::compare)
			.orElseThrow();
		assertThat(seal.top() - lastText).isBetween(0f, LINE);
		assertThat(date.getFirst().emCentre()).isGreaterThan(seal.top() + seal.height() / 2);
	}
}

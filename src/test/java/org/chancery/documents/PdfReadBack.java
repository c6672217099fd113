package org.chancery.documents;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back: every glyph with its position, size and font, and every filled rectangle (rules). */
final class PdfReadBack {

	static final float MM = 72f / 25.4f;

	/** A glyph: page (from 1), x of its left edge and its baseline from the top of the page, in points. */
	record Glyph(int page, String text, float x, float baseline, float size, float width, String font) {

		float right() {
			return x + width;
		}

		/** The middle of the em box (ideographic: 0.88 above the baseline, 0.12 below). */
		float emCentre() {
			return baseline - 0.38f * size;
		}

		float emTop() {
			return baseline - 0.88f * size;
		}

		float emBottom() {
			return baseline + 0.12f * size;
		}
	}

	/** A filled rectangle: page, left, top (from the top of the page), width and height, in points. */
	record Rect(int page, float x, float top, float width, float height) {
	}

	/** A drawn image: page, left, top, width and height, in points. */
	record Image(int page, float x, float top, float width, float height) {
	}

	final int pages;
	final List<Image> images = new ArrayList<>();
	final List<Glyph> glyphs = new ArrayList<>();
	final List<Rect> rects = new ArrayList<>();

	PdfReadBack(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			pages = doc.getNumberOfPages();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition t) {
					glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getFontSizeInPt(), t.getWidthDirAdj(),
							t.getFont().getName()));
				}
			};
			stripper.setSortByPosition(false);
			stripper.getText(doc);
			for (int i = 0; i < pages; i++) {
				int pageNo = i + 1;
				PDPage page = doc.getPage(i);
				float height = page.getMediaBox().getHeight();
				new PDFGraphicsStreamEngine(page) {
					final List<Point2D[]> pending = new ArrayList<>();

					@Override
					public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
						pending.add(new Point2D[] { p0, p2 });
					}

					@Override
					public void fillPath(int windingRule) {
						for (Point2D[] r : pending) {
							float x0 = (float) Math.min(r[0].getX(), r[1].getX());
							float x1 = (float) Math.max(r[0].getX(), r[1].getX());
							float y0 = (float) Math.min(r[0].getY(), r[1].getY());
							float y1 = (float) Math.max(r[0].getY(), r[1].getY());
							rects.add(new Rect(pageNo, x0, height - y1, x1 - x0, y1 - y0));
						}
						pending.clear();
					}

					@Override
					public void drawImage(PDImage image) {
						var m = getGraphicsState().getCurrentTransformationMatrix();
						images.add(new Image(pageNo, m.getTranslateX(), height - m.getTranslateY() - m.getScalingFactorY(), m.getScalingFactorX(),
								m.getScalingFactorY()));
					}

					@Override
					public void clip(int windingRule) {
					}

					@Override
					public void moveTo(float x, float y) {
					}

					@Override
					public void lineTo(float x, float y) {
					}

					@Override
					public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
					}

					@Override
					public Point2D getCurrentPoint() {
						return new Point2D.Float();
					}

					@Override
					public void closePath() {
					}

					@Override
					public void endPath() {
						pending.clear();
					}

					@Override
					public void strokePath() {
						pending.clear();
					}

					@Override
					public void fillAndStrokePath(int windingRule) {
						fillPath(windingRule);
					}

					@Override
					public void shadingFill(COSName shadingName) {
					}

					void run() throws IOException {
						processPage(page);
					}
				}.run();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The glyphs of the first occurrence of a text drawn on a page (in drawing order). */
	List<Glyph> find(int page, String text) {
		List<Glyph> on = glyphs.stream().filter(g -> g.page() == page).toList();
		StringBuilder all = new StringBuilder();
		for (Glyph g : on) {
			all.append(g.text());
		}
		int at = all.indexOf(text);
		if (at < 0) {
			throw new AssertionError("\"" + text + "\" is not on page " + page + ": " + all);
		}
		return on.subList(at, at + text.length());
	}

	boolean has(int page, String text) {
		return glyphs.stream().filter(g -> g.page() == page).map(Glyph::text).reduce("", String::concat).contains(text);
	}

	/** The first page (from 1) carrying a text. */
	int pageOf(String text) {
		for (int p = 1; p <= pages; p++) {
			if (has(p, text)) {
				return p;
			}
		}
		throw new AssertionError("\"" + text + "\" is on no page");
	}
}

package org.chancery.documents;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Writes every sample sheet as PDF and PNG under target/layout-samples, to look at by eye. */
final class RenderSamplesMain {

	private RenderSamplesMain() {
	}

	public static void main(String[] args) throws Exception {
		Typesetting t = LayoutSamples.typesetting();
		Path dir = Path.of("target/layout-samples");
		Files.createDirectories(dir);
		var samples = java.util.Map.of("up", LayoutSamples.up(), "down", LayoutSamples.down(), "joint", LayoutSamples.joint(), "classified",
				LayoutSamples.classified("000001"), "letter", LayoutSamples.letter(), "order", LayoutSamples.order(), "minutes", LayoutSamples.minutes(),
				"long", LayoutSamples.long_("000002"));
		for (var e : samples.entrySet()) {
			byte[] pdf = t.render(e.getValue());
			Files.write(dir.resolve(e.getKey() + ".pdf"), pdf);
			try (var doc = Loader.loadPDF(pdf)) {
				var renderer = new PDFRenderer(doc);
				for (int i = 0; i < doc.getNumberOfPages(); i++) {
					javax.imageio.ImageIO.write(renderer.renderImageWithDPI(i, 60), "png", dir.resolve(e.getKey() + "-" + (i + 1) + ".png").toFile());
				}
			}
		}
	}
}

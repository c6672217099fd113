package org.chancery.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.chancery.kernel.FieldException;
import org.jspecify.annotations.Nullable;

/**
 * The body of a document in the structured form the layout draws: headings of the four levels
 * 一、 （一） 1. （1）, paragraphs, list items and tables. The page editor writes it as plain lines, which
 * {@link #parse(String)} reads: a line opening with a heading numeral is a heading of that level, a line
 * opening with "- " a list item, a line of cells separated by "|" a table row, anything else a
 * paragraph.
 */
public record Body(List<Block> blocks) {

	public static final int MAX_CHARACTERS = 200_000;

	/** The kinds of blocks, in the order of the heading levels first. */
	public enum Kind {
		HEADING1, HEADING2, HEADING3, HEADING4, PARAGRAPH, LIST_ITEM, TABLE
	}

	/** One block; {@code rows} only for tables (the first row is the header). */
	public record Block(Kind kind, String text, @Nullable List<List<String>> rows) {

		public Block {
			text = text.strip();
			rows = rows == null ? null : rows.stream().map(r -> r.stream().map(String::strip).toList()).toList();
		}

		public static Block of(Kind kind, String text) {
			return new Block(kind, text, null);
		}
	}

	private static final Pattern H1 = Pattern.compile("^[一二三四五六七八九十]+、.*");
	private static final Pattern H2 = Pattern.compile("^（[一二三四五六七八九十]+）.*");
	private static final Pattern H3 = Pattern.compile("^\\d+[.．].*");
	private static final Pattern H4 = Pattern.compile("^（\\d+）.*");

	public Body {
		blocks = List.copyOf(blocks);
		int size = 0;
		for (Block b : blocks) {
			size += b.text().length();
			if (b.kind() == Kind.TABLE) {
				if (b.rows() == null || b.rows().isEmpty()) {
					throw new FieldException("bodyText", "body.emptyTable");
				}
				for (List<String> row : b.rows()) {
					size += row.stream().mapToInt(String::length).sum();
				}
			}
			else if (b.text().isEmpty()) {
				throw new FieldException("bodyText", "body.emptyBlock");
			}
		}
		if (size > MAX_CHARACTERS) {
			throw new FieldException("bodyText", "body.tooLong", MAX_CHARACTERS);
		}
	}

	public static Body empty() {
		return new Body(List.of());
	}

	/** Reads the editor's lines; consecutive table lines form one table. */
	public static Body parse(String text) {
		List<Block> blocks = new ArrayList<>();
		List<List<String>> table = null;
		for (String raw : text.replace("\r\n", "\n").split("\n")) {
			String line = raw.strip();
			if (line.contains("|")) {
				if (table == null) {
					table = new ArrayList<>();
				}
				table.add(List.of(line.replaceAll("^\\|", "").replaceAll("\\|$", "").split("\\|", -1)));
				continue;
			}
			if (table != null) {
				blocks.add(new Block(Kind.TABLE, "", table));
				table = null;
			}
			if (line.isEmpty()) {
				continue;
			}
			blocks.add(Block.of(kindOf(line), line.startsWith("- ") ? line.substring(2) : line));
		}
		if (table != null) {
			blocks.add(new Block(Kind.TABLE, "", table));
		}
		return new Body(blocks);
	}

	private static Kind kindOf(String line) {
		if (line.startsWith("- ")) {
			return Kind.LIST_ITEM;
		}
		if (H1.matcher(line).matches()) {
			return Kind.HEADING1;
		}
		if (H2.matcher(line).matches()) {
			return Kind.HEADING2;
		}
		if (H4.matcher(line).matches()) {
			return Kind.HEADING4;
		}
		if (H3.matcher(line).matches()) {
			return Kind.HEADING3;
		}
		return Kind.PARAGRAPH;
	}

	/** The editor's lines for this body: {@code parse(text())} gives the same body back. */
	public String text() {
		StringBuilder out = new StringBuilder();
		for (Block b : blocks) {
			switch (b.kind()) {
				case LIST_ITEM -> out.append("- ").append(b.text()).append('\n');
				case TABLE -> b.rows().forEach(r -> out.append('|').append(String.join("|", r)).append("|\n"));
				default -> out.append(b.text()).append('\n');
			}
			out.append('\n');
		}
		return out.toString().strip();
	}

	/** How many first-level headings (一、 二、 …) the body has: a 请示 should carry one matter. */
	public long topLevelHeadings() {
		return blocks.stream().filter(b -> b.kind() == Kind.HEADING1).count();
	}

	/** All the text, for word checks and search. */
	public String plainText() {
		StringBuilder out = new StringBuilder();
		for (Block b : blocks) {
			out.append(b.text()).append('\n');
			if (b.rows() != null) {
				b.rows().forEach(r -> out.append(String.join(" ", r)).append('\n'));
			}
		}
		return out.toString();
	}

	public boolean isEmpty() {
		return blocks.isEmpty();
	}
}

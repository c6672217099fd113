package org.chancery.documents;

import java.util.ArrayList;
import java.util.List;

/** A line diff by longest common subsequence: enough for document bodies of a few thousand lines. */
final class LineDiff {

	record Line(char op, String text) {
	}

	private LineDiff() {
	}

	static List<Line> diff(List<String> a, List<String> b) {
		int n = a.size();
		int m = b.size();
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Line> out = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.get(i).equals(b.get(j))) {
				out.add(new Line(' ', a.get(i++)));
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				out.add(new Line('-', a.get(i++)));
			}
			else {
				out.add(new Line('+', b.get(j++)));
			}
		}
		while (i < n) {
			out.add(new Line('-', a.get(i++)));
		}
		while (j < m) {
			out.add(new Line('+', b.get(j++)));
		}
		return out;
	}
}

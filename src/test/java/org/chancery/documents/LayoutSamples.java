package org.chancery.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Sheets of every format, for the layout tests and the layout benchmark. */
final class LayoutSamples {

	private LayoutSamples() {
	}

	static Typesetting typesetting() {
		return new Typesetting(new LayoutFonts(new DocumentsProperties(List.of(), Map.of(), null, "MSJ", "收文", List.of())));
	}

	static final LocalDate DAY = LocalDate.of(2026, 11, 27);

	static Body body(int paragraphs) {
		StringBuilder text = new StringBuilder("一、总体要求\n");
		for (int i = 0; i < paragraphs; i++) {
			text.append("各单位要深入学习贯彻有关会议精神，切实提高政治站位，把调查研究作为做好各项工作的基本功，坚持问题导向，注重实效，确保各项任务落到实处。\n");
			if (i == 0) {
				text.append("（一）明确工作重点\n1. 围绕中心工作开展调研。\n（1）按时报送调研报告。\n");
			}
		}
		return Body.parse(text.toString());
	}

	static Sheet up() {
		return new Sheet(DocumentType.Layout.STANDARD, null, null, "特急", List.of("中共中央办公厅调研室文件"), "", "中办调呈〔2026〕12号",
				List.of("王振华", "李国强"), "中共中央办公厅调研室关于开展年度重点课题调研工作的请示", "中共中央办公厅", body(1), List.of(),
				List.of("中共中央办公厅调研室"), DAY, true, "联系人：陈思远，电话：12345678", null, null, List.of("中央书记处"),
				"中共中央办公厅秘书局", DAY);
	}

	static Sheet down() {
		return new Sheet(DocumentType.Layout.STANDARD, null, null, null, List.of("中共中央办公厅文件"), "", "中办发〔2026〕3号", List.of(),
				"中共中央办公厅关于做好年终工作的通知", "调研室，秘书局，法规局", body(1), List.of(), List.of("中共中央办公厅"), DAY, true, null, null,
				null, List.of("中央委员会"), "中共中央办公厅秘书局", DAY);
	}

	static Sheet joint() {
		return new Sheet(DocumentType.Layout.STANDARD, null, null, null, List.of("中共中央办公厅调研室", "中共中央办公厅法规局"), "文件",
				"中办调发〔2026〕5号", List.of(), "中共中央办公厅调研室、法规局关于联合开展调研的通知", "秘书局", body(1), List.of(),
				List.of("中共中央办公厅调研室", "中共中央办公厅法规局"), DAY, true, null, null, null, List.of(), "中共中央办公厅秘书局", DAY);
	}

	static Sheet classified(String copy) {
		return new Sheet(DocumentType.Layout.STANDARD, copy, "机密★5年", "加急", List.of("中共中央办公厅文件"), "", "中办发〔2026〕7号", List.of(),
				"中共中央办公厅关于加强保密管理的通知", "调研室，秘书局", body(1), List.of(), List.of("中共中央办公厅"), DAY, true, null, null, null,
				List.of("机要局"), "中共中央办公厅秘书局", DAY);
	}

	static Sheet letter() {
		return new Sheet(DocumentType.Layout.LETTER, null, null, null, List.of("中共中央办公厅"), "", "中办函〔2026〕8号", List.of(),
				"中共中央办公厅关于商请提供有关资料的函", "国务院办公厅", body(1), List.of(), List.of("中共中央办公厅"), DAY, true, null, null, null,
				List.of("全国人大常委会办公厅"), "中共中央办公厅秘书局", DAY);
	}

	static Sheet order() {
		return new Sheet(DocumentType.Layout.ORDER, null, null, null, List.of("中共中央办公厅令"), "", "第1号", List.of(), "", "", body(1),
				List.of(), List.of("中共中央办公厅"), DAY, false, null, null, "主任　王振华", List.of(), "中共中央办公厅秘书局", DAY);
	}

	static Sheet minutes() {
		return new Sheet(DocumentType.Layout.MINUTES, null, null, null, List.of("中共中央办公厅会议纪要"), "", null, List.of(),
				"中共中央办公厅主任办公会议纪要", "", body(1), List.of(), List.of("中共中央办公厅"), DAY, false, null,
				new Sheet.Minutes("王振华，李国强，赵文博", "陈思远", "刘晓梅"), null, List.of("调研室"), "中共中央办公厅秘书局", DAY);
	}

	/** Three pages of body (classified, with a copy number) and two attachments. */
	static Sheet long_(String copy) {
		return new Sheet(DocumentType.Layout.STANDARD, copy, "机密★5年", null, List.of("中共中央办公厅文件"), "", "中办发〔2026〕9号", List.of(),
				"中共中央办公厅关于印发《年度重点工作安排》的通知", "调研室，秘书局，法规局，机要局", body(12),
				List.of(new Sheet.Attachment("年度重点工作安排", body(3)), new Sheet.Attachment("任务分工表",
						Body.parse("|任务|牵头单位|完成时间|\n|调研|调研室|12月|\n|法规|法规局|11月|"))),
				List.of("中共中央办公厅"), DAY, true, null, null, null, List.of("中央委员会", "中央书记处"), "中共中央办公厅秘书局", DAY);
	}
}

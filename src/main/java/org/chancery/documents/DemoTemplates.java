package org.chancery.documents;

import org.chancery.organization.Organization;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo templates: the general office's and the Research Department's organ marks and reference codes. */
@Component
@ConditionalOnProperty(name = "chancery.demo.enabled", havingValue = "true")
@Order(30)
class DemoTemplates implements ApplicationRunner {

	private final Templates templates;
	private final Organization organization;

	DemoTemplates(Templates templates, Organization organization) {
		this.templates = templates;
		this.organization = organization;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (templates.count() > 0) {
			return;
		}
		organization.unitByCode("BGT").ifPresent(bgt -> {
			for (DocumentType type : DocumentType.values()) {
				String mark = switch (type.layout()) {
					case STANDARD -> "中共中央办公厅文件";
					case LETTER -> "中共中央办公厅";
					case ORDER -> "中共中央办公厅令";
					case MINUTES -> "中共中央办公厅会议纪要";
				};
				String code = switch (type) {
					case LETTER -> "中办函";
					case REPORT, REQUEST -> "中办呈";
					case MINUTES -> "中办纪";
					default -> "中办发";
				};
				templates.save(new DocumentTemplate(type, bgt.id(), mark, code, null));
			}
		});
		organization.unitByCode("DYS").ifPresent(dys -> {
			for (DocumentType type : DocumentType.values()) {
				String mark = type.layout() == DocumentType.Layout.STANDARD ? "中共中央办公厅调研室文件" : "中共中央办公厅调研室";
				templates.save(new DocumentTemplate(type, dys.id(), mark, type == DocumentType.LETTER ? "中办调函" : "中办调发", null));
			}
		});
	}
}

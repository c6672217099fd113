package org.chancery.organization;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default organization of a central general office (DESIGN.md §1), loaded once into an empty
 * database when demo data is enabled. It is ordinary data: an administrator edits it like any other.
 */
@Component
@ConditionalOnProperty(name = "chancery.demo.enabled", havingValue = "true")
@Order(10)
class DemoOrganization implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);
	private static final LocalDate SINCE = LocalDate.of(2023, 1, 1);

	private final Units units;
	private final People people;
	private final Appointments appointments;
	private final Bodies bodies;
	private final Memberships memberships;
	private final Secretaries secretaries;
	private final ExternalOrgans organs;
	private final AuditTrail audit;

	DemoOrganization(Units units, People people, Appointments appointments, Bodies bodies, Memberships memberships,
			Secretaries secretaries, ExternalOrgans organs, AuditTrail audit) {
		this.units = units;
		this.people = people;
		this.appointments = appointments;
		this.bodies = bodies;
		this.memberships = memberships;
		this.secretaries = secretaries;
		this.organs = organs;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (units.count() > 0) {
			return;
		}
		Map<String, UUID> u = new HashMap<>();
		int order = 0;
		u.put("BGT", unit("BGT", "中共中央办公厅", "General Office of the Central Committee", UnitType.OFFICE, Rank.MINISTERIAL, null, order++));
		UUID root = u.get("BGT");
		String[][] departments = {
				{ "DYS", "调研室", "Research Department" }, { "MSJ", "秘书局", "Secretariat" },
				{ "FGJ", "法规局", "Bureau of Regulations" }, { "JWJ", "警卫局", "Security Bureau" },
				{ "JYJ", "机要局", "Confidential Bureau" }, { "JJJ", "机要交通局", "Confidential Transportation Bureau" },
				{ "TKS", "特别会计室", "Special Accounting Office" }, { "DCS", "督促检查室", "Supervision and Inspection Office" },
				{ "RSJ", "人事局", "Personnel Bureau" }, { "ZSB", "总书记办公室", "Office of the General Secretary" },
				{ "ZZJ", "中直机关事务管理局", "Administration Bureau of Organs directly under the Central Committee" } };
		for (String[] d : departments) {
			u.put(d[0], unit(d[0], d[1], d[2], UnitType.DEPARTMENT, Rank.BUREAU, root, order++));
		}
		String[][] subordinates = { { "DAG", "中央档案馆", "Central Archives" },
				{ "BMB", "中央保密委员会办公室", "Office of the Central Secrecy Commission" },
				{ "MMB", "中央密码工作领导小组办公室", "Office of the Central Leading Group for Cryptography" } };
		for (String[] d : subordinates) {
			u.put(d[0], unit(d[0], d[1], d[2], UnitType.SUBORDINATE, Rank.DEPUTY_MINISTERIAL, root, order++));
		}
		String[][] affiliated = { { "GJJ", "中央国家机关事务管理局", "Central Government Offices Administration Bureau" },
				{ "JNT", "纪念堂管理局", "Memorial Hall Administration" },
				{ "DKY", "电子科技学院", "Electronic Science and Technology Institute" },
				{ "LWZ", "礼品文物管理中心", "Gifts and Cultural Relics Management Center" } };
		for (String[] d : affiliated) {
			u.put(d[0], unit(d[0], d[1], d[2], UnitType.AFFILIATED, Rank.BUREAU, root, order++));
		}

		UUID cc = body("ZYWYH", "中央委员会", "Central Committee", null, 0);
		UUID pb = body("ZZJ", "中央政治局", "Political Bureau", cc, 1);
		UUID psc = body("ZZJCW", "中央政治局常务委员会", "Standing Committee of the Political Bureau", pb, 2);
		body("SJC", "中央书记处", "Secretariat of the Central Committee", cc, 3);

		// Demo staff: one person for each demo account (identity links them by staff number).
		UUID leader = person("D0001", "王振华", "Wang Zhenhua", u.get("BGT"), "主任");
		UUID deputy = person("D0002", "李国强", "Li Guoqiang", u.get("BGT"), "副主任");
		person("D0003", "赵文博", "Zhao Wenbo", u.get("MSJ"), "局长");
		person("D0004", "陈思远", "Chen Siyuan", u.get("DYS"), "秘书");
		person("D0005", "刘晓梅", "Liu Xiaomei", u.get("MSJ"), "文书");
		person("D0006", "孙立军", "Sun Lijun", u.get("JYJ"), "机要员");
		person("D0007", "周建明", "Zhou Jianming", u.get("DCS"), "督查专员");
		person("D0008", "吴秀兰", "Wu Xiulan", u.get("DAG"), "档案员");
		person("D0009", "郑海涛", "Zheng Haitao", u.get("MSJ"), "会务专员");
		person("D0010", "冯丽娟", "Feng Lijuan", u.get("TKS"), "会计");
		person("D0011", "何志刚", "He Zhigang", u.get("RSJ"), "人事干部");
		UUID secretary = person("D0012", "高明远", "Gao Mingyuan", u.get("ZSB"), "政治秘书");
		memberships.save(new Membership(UUID.randomUUID(), psc, leader, 1, "委员", SINCE));
		memberships.save(new Membership(UUID.randomUUID(), pb, leader, 1, "委员", SINCE));
		memberships.save(new Membership(UUID.randomUUID(), pb, deputy, 2, "委员", SINCE));
		secretaries.save(new SecretaryAssignment(UUID.randomUUID(), leader, secretary, SINCE));

		String[][] external = { { "WJB", "外交部", "Ministry of Foreign Affairs", "MINISTRY" },
				{ "CZB", "财政部", "Ministry of Finance", "MINISTRY" }, { "GWYBGT", "国务院办公厅", "General Office of the State Council", "TOP_LEVEL_BODY" },
				{ "QGRDBGT", "全国人大常委会办公厅", "General Office of the NPC Standing Committee", "TOP_LEVEL_BODY" },
				{ "BJS", "北京市委", "Beijing Municipal Committee", "PROVINCE" }, { "SHS", "上海市委", "Shanghai Municipal Committee", "PROVINCE" } };
		for (String[] e : external) {
			organs.save(new ExternalOrgan(UUID.randomUUID(), e[0], e[1], e[2], OrganKind.valueOf(e[3])));
		}
		audit.record(AuditRecord.success("demo.organization.load", "organization", "demo", units.count() + " units, " + people.count() + " people"));
		log.info("Loaded the demo organization: {} units, {} people", units.count(), people.count());
	}

	private UUID unit(String code, String zh, String en, UnitType type, Rank rank, @Nullable UUID parent, int order) {
		return units.save(new Unit(UUID.randomUUID(), code, zh, en, type, rank, parent, order)).id();
	}

	private UUID body(String code, String zh, String en, @Nullable UUID parent, int order) {
		return bodies.save(new LeadershipBody(UUID.randomUUID(), code, zh, en, parent, order)).id();
	}

	private UUID person(String number, String zh, String en, UUID unit, String position) {
		Person p = people.save(new Person(UUID.randomUUID(), number, zh, en, unit, position));
		appointments.save(new Appointment(UUID.randomUUID(), p.id(), unit, position, SINCE));
		return p.id();
	}
}

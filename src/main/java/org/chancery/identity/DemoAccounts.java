package org.chancery.identity;

import java.util.UUID;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.organization.Organization;
import org.chancery.organization.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo account per role (README lists them), loaded once when demo data is enabled. The security
 * roles come with a published second-factor secret, so a reader can sign in with any TOTP tool.
 */
@Component
@ConditionalOnProperty(name = "chancery.demo.enabled", havingValue = "true")
@Order(20)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "Chancery-Demo-2026";

	/** username, display name, staff number of the linked person, role, unit code, TOTP secret. */
	static final String[][] ACCOUNTS = {
			{ "admin", "System Administrator", "", "SYSTEM_ADMIN", "", "CHANCERYDEMOADMINSECRETKEYAAAAAA" },
			{ "secadmin", "Security Administrator", "", "SECURITY_ADMIN", "", "CHANCERYDEMOSECADMINSECRETKEYBBB" },
			{ "auditor", "Security Auditor", "", "SECURITY_AUDITOR", "", "CHANCERYDEMOAUDITORSECRETKEYCCCC" },
			{ "leader", "王振华", "D0001", "LEADER", "BGT", "" },
			{ "deputy", "李国强", "D0002", "LEADER", "BGT", "" },
			{ "director", "赵文博", "D0003", "OFFICE_DIRECTOR", "MSJ", "" },
			{ "drafter", "陈思远", "D0004", "DRAFTER", "DYS", "" },
			{ "clerk", "刘晓梅", "D0005", "DOCUMENT_CLERK", "MSJ", "" },
			{ "confclerk", "孙立军", "D0006", "CONFIDENTIAL_CLERK", "JYJ", "" },
			{ "supervisor", "周建明", "D0007", "SUPERVISOR", "DCS", "" },
			{ "archivist", "吴秀兰", "D0008", "ARCHIVIST", "DAG", "" },
			{ "organizer", "郑海涛", "D0009", "MEETING_ORGANIZER", "MSJ", "" },
			{ "accountant", "冯丽娟", "D0010", "ACCOUNTANT", "TKS", "" },
			{ "personnel", "何志刚", "D0011", "PERSONNEL_OFFICER", "RSJ", "" } };

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountAdministration administration;
	private final Organization organization;
	private final AuditTrail audit;

	DemoAccounts(AccountAdministration administration, Organization organization, AuditTrail audit) {
		this.administration = administration;
		this.organization = organization;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (administration.hasAnyAccount()) {
			return;
		}
		for (String[] a : ACCOUNTS) {
			UUID personId = a[2].isEmpty() ? null : organization.personByStaffNumber(a[2]).map(Person::id).orElse(null);
			Account account = administration.createUnchecked(a[0], a[1], PASSWORD, personId);
			UUID unit = a[4].isEmpty() ? null : organization.unitByCode(a[4]).orElseThrow().id();
			administration.grantUnchecked(account, Role.valueOf(a[3]), unit);
			if (!a[5].isEmpty()) {
				administration.enrolUnchecked(account, a[5]);
			}
		}
		audit.record(AuditRecord.success("demo.accounts.load", "account", "demo", ACCOUNTS.length + " accounts"));
		log.info("Loaded {} demo accounts (password {}); see the README", ACCOUNTS.length, PASSWORD);
	}
}

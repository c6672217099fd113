package org.chancery.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.AccountCommands.AccountDraft;
import org.chancery.organization.Organization;
import org.chancery.support.Sessions;
import org.chancery.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * What a person does, in a real browser (the system Chromium) against the running application. The
 * screenshots in docs/screenshots come from here, so the README shows the product as it is.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:chancery-browser;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class BrowserTests {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
	static final Path SCREENSHOTS = Paths.get("docs/screenshots");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Organization organization;

	BrowserContext context;
	Page page;

	@BeforeAll
	static void launch() {
		boolean ci = "true".equals(System.getenv("CI"));
		if (!Files.isExecutable(CHROMIUM)) {
			if (ci) {
				throw new IllegalStateException("Chromium is missing at " + CHROMIUM + "; .ci/run installs it");
			}
			Assumptions.abort("no Chromium at " + CHROMIUM + ": browser tests skipped (they fail instead when CI=true)");
		}
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
					"--no-first-run", "--disable-sync")));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void open() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 800));
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void signIn(String username, String password) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
	}

	void enterCode(String secret) {
		assertThat(page).hasURL(url("/login/code"));
		page.getByLabel("口令").fill(Sessions.nextCode(secret));
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证")).click();
	}

	@Test
	void wrongPasswordThenTheRightOne() {
		signIn("drafter", "not-my-password");
		assertThat(page.locator("#login-error")).hasText("用户名或密码错误。");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sign-in.png")));
		signIn("drafter", Sessions.PASSWORD);
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("#todo-empty")).isVisible();
		assertThat(page.locator("h1")).containsText("陈思远");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home.png")));
	}

	@Test
	void repeatedFailuresShowTheLockoutMessage() {
		String username = "locked" + UUID.randomUUID().toString().substring(0, 6);
		asAdmin(() -> accounts.create(new AccountDraft(username, "Locked", Sessions.PASSWORD, null)));
		for (int i = 0; i < 5; i++) {
			signIn(username, "wrong-password-" + i);
		}
		assertThat(page.locator("#login-error")).containsText("账号已锁定");
		signIn(username, Sessions.PASSWORD);
		assertThat(page.locator("#login-error")).containsText("账号已锁定");
	}

	@Test
	void languageSwitchChangesEveryText() {
		// someone with nothing waiting (the clerk receives the documents the other browser tests dispatch)
		signIn("accountant", Sessions.PASSWORD);
		assertThat(page.locator("h2#todo-heading")).hasText("待办事项");
		page.getByText("English", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("h2#todo-heading")).hasText("To do");
		assertThat(page.locator("#todo-empty")).hasText("Nothing is waiting for you.");
		page.navigate(url("/organization/units"));
		assertThat(page.locator("h1")).hasText("Units");
		page.getByText("中文", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("h1")).hasText("单位");
	}

	@Test
	void peopleSearchFiltersAsOneTypes() {
		signIn("clerk", Sessions.PASSWORD);
		page.navigate(url("/organization/people"));
		assertThat(page.locator("#people tbody tr")).hasCount(12);
		page.locator("#q").pressSequentially("王振");
		assertThat(page.locator("#people tbody tr")).hasCount(1);
		assertThat(page.locator("#people")).containsText("D0001");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=.*"));
	}

	@Test
	void theAdministratorCreatesAUnit() {
		signIn("admin", Sessions.PASSWORD);
		enterCode(Sessions.ADMIN_SECRET);
		page.navigate(url("/organization/units"));
		page.locator("#new-unit").click();
		String code = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
		page.getByLabel("代码").fill("bad code");
		page.getByLabel("中文名称").fill("");
		page.locator("#unit-form button[type=submit]").click();
		assertThat(page.locator("#code-error")).hasText("请使用 2 至 10 位大写字母或数字。");
		page.getByLabel("代码").fill(code);
		page.getByLabel("中文名称").fill("浏览器测试处");
		page.getByLabel("英文名称").fill("Browser Test Division");
		page.getByLabel("上级单位").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("中共中央办公厅 (BGT)"));
		page.locator("#unit-form button[type=submit]").click();
		assertThat(page).hasURL(url("/organization/units"));
		assertThat(page.locator("#units")).containsText("浏览器测试处");
		assertThat(page.locator(".alert-success")).containsText(code);
		org.assertj.core.api.Assertions.assertThat(organization.unitByCode(code)).isPresent();
	}

	@Test
	void theAuditorVerifiesTheLog() {
		signIn("auditor", Sessions.PASSWORD);
		enterCode(Sessions.AUDITOR_SECRET);
		page.navigate(url("/audit"));
		page.locator("#verify").click();
		assertThat(page.locator("#verify-result")).containsText("日志完整");
		assertThat(page.locator("#audit-entries")).containsText("audit.verify");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("audit.png")).setFullPage(false));
	}

	/** A fresh browser session signed in as the user. */
	void switchTo(String username) {
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
		page = context.newPage();
		page.onDialog(dialog -> dialog.accept());
		signIn(username, Sessions.PASSWORD);
		assertThat(page).hasURL(url("/"));
	}

	void click(String name) {
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
	}

	@Test
	void anOutgoingDocumentFromDraftToReceipt() {
		String title = "中共中央办公厅调研室关于报送年度调研成果的通知";
		String msj = organization.unitByCode("MSJ").orElseThrow().id().toString();
		String leader = organization.personByStaffNumber("D0001").orElseThrow().id().toString();

		switchTo("drafter");
		page.navigate(url("/documents"));
		assertThat(page.locator("#documents-empty")).isVisible();
		page.locator("#new-document").click();
		page.selectOption("#type", "NOTICE");
		page.selectOption("#direction", "LEVEL");
		page.locator("#title").fill(title);
		page.selectOption("#mainRecipients", new String[] { "UNIT:" + msj });
		page.selectOption("#countersignUnits", new String[] { msj });
		page.selectOption("#signers", new String[] { leader });
		page.locator("#bodyText").fill("请各单位于十二月十日前报送年度调研成果。");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("一级标题 一、")).click();
		page.locator("#bodyText").pressSequentially("报送要求");
		click("保存");
		assertThat(page.locator("#doc-title")).hasText(title);
		page.locator("#submit").click();
		assertThat(page.locator("#doc-state")).hasText("会签");
		String document = page.url();

		switchTo("director");
		page.getByText("会签：" + title).click();
		page.locator("#cs-opinion").fill("同意，请按时报送");
		click("同意");
		assertThat(page.locator("#doc-state")).hasText("审核");
		page.locator("#rv-opinion").fill("请王主任审签");
		click("送签");
		assertThat(page.locator("#doc-state")).hasText("签发");

		switchTo("leader");
		page.navigate(document);
		page.locator("#so-opinion").fill("同意");
		click("签发");
		assertThat(page.locator("#doc-state")).hasText("复核");

		switchTo("director");
		page.navigate(document);
		click("复核完成");
		assertThat(page.locator("#doc-state")).hasText("登记");

		switchTo("clerk");
		page.navigate(document);
		page.locator("#copies").fill("2");
		click("登记");
		assertThat(page.locator("#doc-reference")).containsText("中办调发〔");
		click("印制完成");
		assertThat(page.locator("#doc-state")).hasText("核发");
		click("核发");
		assertThat(page.locator("#doc-state")).hasText("归档");
		assertThat(page.locator("#deliveries")).containsText("未签收");
		assertThat(page.locator("#timeline")).containsText("同意，请按时报送");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("document.png")).setFullPage(true));

		// the Secretariat's clerk signs for the delivery to the Secretariat
		page.navigate(url("/documents/received"));
		click("签收");
		assertThat(page.locator("#received-empty")).isVisible();
		page.navigate(document);
		assertThat(page.locator("#deliveries")).containsText("刘晓梅");
		assertThat(page.locator("#deliveries")).not().containsText("未签收");
		click("归档");
		assertThat(page.locator("#doc-state")).hasText("已归档");
	}

	@Test
	void anIncomingDocumentFromReceiptToClosing() throws Exception {
		String title = "财政部关于做好年度预算执行工作的函";
		String dys = organization.unitByCode("DYS").orElseThrow().id().toString();
		String czb = organization.externalOrgans().stream().filter(o -> o.code().equals("CZB")).findFirst().orElseThrow().id().toString();
		byte[] pdf;
		try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			doc.save(out);
			pdf = out.toByteArray();
		}

		// the clerk receives it with its PDF, signs for it, registers and reviews it
		switchTo("clerk");
		page.navigate(url("/incoming"));
		page.locator("#receive-document").click();
		page.selectOption("#r-organ", czb);
		page.locator("#r-ref").fill("财预函〔2026〕21号");
		page.locator("#r-title").fill(title);
		page.selectOption("#r-type", "LETTER");
		page.locator("#r-file").setInputFiles(new com.microsoft.playwright.options.FilePayload("来文.pdf", "application/pdf", pdf));
		click("登记收文");
		assertThat(page.locator("#incoming-title")).hasText(title);
		assertThat(page.locator("#location")).containsText("待秘书局签收");
		page.locator("#sf-pages").fill("3");
		click("签收");
		assertThat(page.locator("#incoming-state")).hasText("待登记");
		click("登记编号");
		assertThat(page.locator("#registration-number")).containsText("收文〔");
		for (String box : new String[] { "#rv-recipient", "#rv-rules", "#rv-format", "#rv-consulted" }) {
			page.locator(box).check();
		}
		page.locator("#rv-action").check();
		click("提交初审意见");
		assertThat(page.locator("#incoming-state")).hasText("办理中");
		page.locator("#p-text").fill("拟请调研室研究办理。");
		page.selectOption("#p-leader", new com.microsoft.playwright.options.SelectOption().setLabel("王振华"));
		page.locator("#proposal-form button[type=submit]").click();
		assertThat(page.locator("#location")).containsText("呈王振华批示");
		String incoming = page.url();

		// the leader instructs with one click and names the lead unit and a deadline in working days
		switchTo("leader");
		page.getByText("批示：" + title).click();
		click("同意");
		assertThat(page.locator("#i-text")).hasValue("同意");
		page.locator("#i-text").fill("同意，请调研室抓紧办理。");
		page.selectOption("#i-lead", dys);
		page.locator("#i-days").fill("5");
		page.locator("#instruction-form button[type=submit]").click();
		assertThat(page.locator("#instructions")).containsText("同意，请调研室抓紧办理。");
		assertThat(page.locator("#location")).containsText("在主办单位调研室办理");

		// the clerk sends it round the leaders; each reads in turn
		switchTo("clerk");
		page.navigate(incoming);
		click("开始传阅");
		assertThat(page.locator("#location")).containsText("王振华");
		switchTo("leader");
		page.getByText("阅文：" + title).click();
		page.locator("#read-comment").fill("已阅，请抓紧。");
		click("已阅，传下一位");
		assertThat(page.locator("#location")).containsText("李国强");
		switchTo("deputy");
		page.navigate(incoming);
		click("已阅，传下一位");
		assertThat(page.locator("#circulation-trail")).containsText("已阅，请抓紧。");

		// the lead unit reports back and the clerk closes it
		switchTo("drafter");
		page.getByText("主办：" + title).click();
		page.locator(".report-form input[name=text]").fill("已按要求办理完毕。");
		click("反馈");
		assertThat(page.locator("#assignments")).containsText("已按要求办理完毕。");
		switchTo("clerk");
		page.navigate(incoming);
		page.locator("#done-note").fill("已按批示办结");
		page.locator("#done-form button[type=submit]").click();
		assertThat(page.locator("#done")).containsText("已按批示办结");
		assertThat(page.locator("#incoming-state")).hasText("已办结");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("incoming.png")).setFullPage(true));
		page.navigate(url("/incoming?state=DONE"));
		assertThat(page.locator("#incoming")).containsText(title);
	}

	private static <T> T asAdmin(java.util.function.Supplier<T> action) {
		var security = SecurityContextHolder.createEmptyContext();
		security.setAuthentication(new TestingAuthenticationToken("browser-test", null, "ROLE_SYSTEM_ADMIN"));
		SecurityContextHolder.setContext(security);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}

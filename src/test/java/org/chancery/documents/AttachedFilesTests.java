package org.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.kernel.Blobs;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Files on drafts: recognised by content, size-limited, safely named, encrypted when classified, read only by readers. */
@ChanceryTest
class AttachedFilesTests {

	@Autowired
	AttachedFiles files;

	@Autowired
	Drafting drafting;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Organization organization;

	@Autowired
	Blobs blobs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	static final byte[] PDF = LayoutSamples.typesetting().render(LayoutSamples.down());

	<T> T as(String username, Supplier<T> action) {
		return SignInTestsAccess.asUser(accounts, username, action);
	}

	OutgoingDocument draft(String marking) {
		UUID dys = organization.unitByCode("DYS").orElseThrow().id();
		return as("drafter", () -> drafting.create(new Drafting.Draft(DocumentType.NOTICE, Direction.LEVEL, dys, "中共中央办公厅调研室关于材料的通知", null,
				marking, false, null, "见附件。", null, null, List.of(new Addressee(Party.Kind.UNIT, organization.unitByCode("MSJ").orElseThrow().id())),
				null, null, List.of(organization.personByStaffNumber("D0001").orElseThrow().id()), null, null, null)));
	}

	@Test
	void filesAreRecognisedByContentAndNamedSafely() {
		OutgoingDocument doc = draft(null);
		var attached = as("drafter", () -> files.attach(doc.id(), "../../etc/调研报告<终稿>", PDF));
		assertThat(attached.fileName()).isEqualTo("调研报告_终稿_.pdf");
		assertThat(attached.contentType()).isEqualTo("application/pdf");
		assertThat(as("director", () -> files.content(doc.id(), attached.id())).bytes()).isEqualTo(PDF);
		// an executable called .pdf is refused, and so is an empty or a zip that is no office file
		assertThatThrownBy(() -> as("drafter", () -> files.attach(doc.id(), "report.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1))))
			.isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).messageKey()).isEqualTo("file.type");
		assertThatThrownBy(() -> as("drafter", () -> files.attach(doc.id(), "x.pdf", new byte[0]))).isInstanceOf(FieldException.class);
		assertThatThrownBy(() -> as("drafter", () -> files.attach(doc.id(), "x.docx", LayoutSamplesZip.plainZip()))).isInstanceOf(FieldException.class);
		assertThat(as("drafter", () -> files.attach(doc.id(), "table.docx", LayoutSamplesZip.docx())).contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		// only the drafter changes the files; someone off the route does not see them
		assertThatThrownBy(() -> as("director", () -> files.attach(doc.id(), "x.pdf", PDF))).isInstanceOf(org.chancery.kernel.DomainException.class);
		assertThatThrownBy(() -> as("accountant", () -> files.content(doc.id(), attached.id()))).isInstanceOf(NotFoundException.class);
		as("drafter", () -> {
			files.remove(doc.id(), attached.id());
			return null;
		});
		assertThat(as("drafter", () -> files.files(doc.id()))).extracting(AttachedFiles.AttachedFile::fileName).containsExactly("table.docx");
	}

	@Test
	void aClassifiedDocumentsFilesAreStoredEncrypted() {
		OutgoingDocument doc = draft("秘密★1年");
		var attached = as("drafter", () -> files.attach(doc.id(), "名单.pdf", PDF));
		String blob = jdbc.queryForObject("select blob from doc_file where id = ?", String.class, attached.id());
		assertThat(blobs.get(blob)).isNotEqualTo(PDF);
		assertThat(new String(blobs.get(blob), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
		assertThat(as("drafter", () -> files.content(doc.id(), attached.id())).bytes()).isEqualTo(PDF);
	}

	@Test
	void theApiUploadsAndDownloadsAsAnAttachment() throws Exception {
		OutgoingDocument doc = draft(null);
		MockHttpSession drafter = Sessions.signIn(mvc, "drafter");
		String body = mvc.perform(multipart("/api/v1/documents/{id}/files", doc.id()).file(new MockMultipartFile("file", "通知附件.pdf",
				"text/html", PDF)).session(drafter).with(csrf()))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String id = com.jayway.jsonpath.JsonPath.read(body, "$.id");
		mvc.perform(get("/api/v1/documents/{id}/files/{f}", doc.id(), id).session(drafter)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf")).andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
		mvc.perform(get("/api/v1/documents/{id}/files/{f}", doc.id(), id).session(Sessions.signIn(mvc, "accountant"))).andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/documents/{id}/files", doc.id()).file(new MockMultipartFile("file", "evil.pdf", "application/pdf",
				"<script>alert(1)</script>".getBytes())).session(drafter).with(csrf())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}
}

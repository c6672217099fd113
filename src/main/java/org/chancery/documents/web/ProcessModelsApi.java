package org.chancery.documents.web;

import java.io.IOException;
import java.util.List;

import org.chancery.documents.ProcessModels;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The routing models, for the system administrator: list the versions, deploy a new one. */
@RestController
@RequestMapping("/api/v1/process-models")
@Tag(name = "Outgoing documents")
class ProcessModelsApi {

	private final ProcessModels models;

	ProcessModelsApi(ProcessModels models) {
		this.models = models;
	}

	@GetMapping
	List<ProcessModels.ModelVersion> versions() {
		return models.versions();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Deploy a new version of the outgoing-document model (BPMN 2.0 XML); running documents keep theirs")
	ResponseEntity<ProcessModels.ModelVersion> deploy(@RequestParam("file") MultipartFile file) throws IOException {
		return ResponseEntity.status(201).body(models.deploy(file.getOriginalFilename() == null ? "model" : file.getOriginalFilename(), file.getBytes()));
	}
}

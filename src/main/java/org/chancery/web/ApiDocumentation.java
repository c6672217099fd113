package org.chancery.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document's title and how to authenticate: a personal API token as a bearer token. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI chanceryOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Chancery API").version("v1")
				.description("The REST API of Chancery, with the same permissions as its pages. Authenticate with a personal API token "
						+ "(created on /me) as 'Authorization: Bearer chy_…'. Errors are RFC 9457 problem details in the language of "
						+ "Accept-Language (zh-CN or en)."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Personal API token (chy_…)")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}

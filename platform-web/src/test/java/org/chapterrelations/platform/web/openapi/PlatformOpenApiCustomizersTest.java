package org.chapterrelations.platform.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/** What the platform adds to every service's OpenAPI document, as a client generator or fuzzer reads it. */
class PlatformOpenApiCustomizersTest {

    @Test
    void aPropertyThatIsNotRequiredIsNullableAndSoIsTheSchemaItRefersTo() {
        OpenAPI openApi = new OpenAPI().components(new Components()
                .addSchemas("ChapterView", new ObjectSchema()
                        .addProperty("code", new StringSchema())
                        .addProperty("foundedYear", new IntegerSchema())
                        .addProperty("mailingAddress", new Schema<>().$ref("#/components/schemas/MailingAddress"))
                        .required(List.of("code")))
                .addSchemas("MailingAddress", new ObjectSchema().addProperty("city", new StringSchema())));

        new OptionalPropertiesNullable().customise(openApi);

        Schema<?> chapter = openApi.getComponents().getSchemas().get("ChapterView");
        assertThat(chapter.getProperties().get("code").getNullable()).as("required").isNull();
        assertThat(chapter.getProperties().get("foundedYear").getNullable()).isTrue();
        assertThat(chapter.getProperties().get("mailingAddress").getNullable())
                .as("no sibling beside $ref in OpenAPI 3.0").isNull();
        assertThat(openApi.getComponents().getSchemas().get("MailingAddress").getNullable()).isTrue();
    }

    @Test
    void everyOperationDocumentsTheGatewaysRateLimitAndOnlyAPathWithAnIdItsNotFoundAndBadRequest() {
        OpenAPI openApi = new OpenAPI().paths(new Paths()
                .addPathItem("/api/directory/chapters", new PathItem().get(operation()))
                .addPathItem("/api/directory/chapters/{code}", new PathItem().get(operation()
                        .addParametersItem(new PathParameter().name("code")))));

        new ProblemResponsesCustomizer().customise(openApi);

        ApiResponses list = openApi.getPaths().get("/api/directory/chapters").getGet().getResponses();
        ApiResponses one = openApi.getPaths().get("/api/directory/chapters/{code}").getGet().getResponses();
        assertThat(list).containsKeys("200", "401", "403", "429").doesNotContainKeys("404", "409");
        assertThat(one).as("a path value of the wrong type is a bad request").containsKeys("200", "400", "404", "429")
                .doesNotContainKeys("415", "428");
        assertThat(list.get("429").get$ref()).isEqualTo("#/components/responses/TooManyRequests");
        assertThat(openApi.getComponents().getResponses().get("TooManyRequests").getContent())
                .containsKey("application/problem+json");
        assertThat(one).containsKey("414");
        assertThat(openApi.getComponents().getResponses().get("UriTooLong").getContent())
                .as("the gateway's HTTP decoder answers it without a body").isNull();
    }

    private static Operation operation() {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("ok")));
    }
}

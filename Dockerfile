# Multi-stage build of the parley binary; docker-compose.yml runs it next to Neo4j.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/parley ./cmd/parley

FROM alpine:3.20
RUN adduser -D -u 10001 parley
COPY --from=build /out/parley /usr/local/bin/parley
COPY seeds /app/seeds
WORKDIR /app
USER parley
EXPOSE 8080
CMD ["sh", "-c", "parley load /app/seeds; exec parley serve"]

using System.Text;

namespace HostPool.Compose.Benchmarks;

/// <summary>Writes a compose file of many services that use the common attributes (ports, env, volumes, deploy, healthcheck, depends_on).</summary>
internal static class GeneratedProject
{
    public static string Write(string directory, int services)
    {
        Directory.CreateDirectory(directory);
        var text = new StringBuilder("name: generated\nx-deploy: &deploy\n  restart_policy: {condition: on-failure, delay: 5s}\n  update_config: {parallelism: 2, delay: 10s, order: start-first}\nservices:\n");
        for (var i = 0; i < services; i++)
        {
            text.Append($$"""
                  svc{{i}}:
                    image: "registry.example/app{{i % 17}}:${TAG:-1.{{i % 5}}}"
                    command: ["serve", "--port", "{{8000 + (i % 1000)}}"]
                    environment:
                      SERVICE_INDEX: "{{i}}"
                      LOG_LEVEL: ${LOG_LEVEL:-info}
                    ports:
                      - "{{10000 + i}}:8080"
                    volumes:
                      - data{{i % 10}}:/var/lib/app
                    networks: [front, back]
                    healthcheck:
                      test: ["CMD", "wget", "-q", "http://localhost:8080/health"]
                      interval: 10s
                      retries: 3
                    deploy:
                      <<: *deploy
                      replicas: {{1 + (i % 4)}}
                      resources:
                        limits: {cpus: "0.5", memory: 256M}
                        reservations: {cpus: "0.1", memory: 64M}
                      placement:
                        constraints: ["node.labels.zone == z{{i % 3}}"]

                """);
            if (i > 0)
            {
                text.Append($"    depends_on: [svc{i - 1}]\n");
            }
        }

        text.Append("networks:\n  front: {}\n  back: {}\nvolumes:\n");
        for (var v = 0; v < 10; v++)
        {
            text.Append($"  data{v}: {{}}\n");
        }

        var path = Path.Combine(directory, "compose.yaml");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}

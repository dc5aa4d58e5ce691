"""What the team server (docker-compose.yml) runs besides `tipwh build`."""
